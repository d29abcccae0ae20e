namespace StoryExhibit.Core.Settings;

/// <summary>
/// A setting changed by staff, overriding appsettings.json by configuration key (e.g. <c>Generation:Speech:Voice</c>).
/// Secret values (API keys) are stored encrypted and never shown back.
/// </summary>
public sealed class SettingOverride
{
    public string Key { get; set; } = "";
    public string? Value { get; set; }
    public bool IsSecret { get; set; }
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;
    public string UpdatedBy { get; set; } = "";
}

/// <summary>The record of who changed which setting, when (secret values are never recorded).</summary>
public sealed class SettingChange
{
    public long Id { get; set; }
    public string Key { get; set; } = "";
    public string? OldValue { get; set; }
    public string? NewValue { get; set; }
    public string ChangedBy { get; set; } = "";
    public DateTime ChangedUtc { get; set; } = DateTime.UtcNow;
}

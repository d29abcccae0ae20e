namespace StoryExhibit.Core.ApiKeys;

/// <summary>A key an integration sends in X-Api-Key: only its prefix (to find it) and the SHA-256 of the whole key are stored.</summary>
public sealed class ApiKey
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public string Prefix { get; set; } = "";
    public string Hash { get; set; } = "";
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedUtc { get; set; }
    public DateTime? RevokedUtc { get; set; }
    public DateTime? LastUsedUtc { get; set; }

    public const int NameMax = 60;
    public const int PrefixLength = 12;
    public bool IsActive => RevokedUtc is null;
}

/// <summary>A key just issued: <see cref="Secret"/> is shown once and never again.</summary>
public sealed record IssuedApiKey(ApiKey Key, string Secret);

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Web.Settings;

/// <summary>The privacy section of the visitors page: retention and policy version, checked by the rules bound with <see cref="PrivacyOptions"/>.</summary>
public sealed class PrivacySettingsEditorTests : IAsyncLifetime
{
    private SettingsHost _app = null!;

    public async Task InitializeAsync() => _app = await SettingsHost.StartAsync(new Dictionary<string, string?> { ["Privacy:RetentionDays"] = "30", ["Privacy:PolicyVersion"] = "1.1" });

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        SettingsHost.DeleteFolder(_app.Folder);
    }

    private VisitorSettingsEditor Editor() => ActivatorUtilities.CreateInstance<VisitorSettingsEditor>(_app.Services);
    private PrivacyOptions Privacy => _app.Services.GetRequiredService<IOptionsMonitor<PrivacyOptions>>().CurrentValue;

    [Fact]
    public async Task A_new_retention_and_policy_version_apply_at_once_and_are_recorded()
    {
        var editor = Editor();
        var form = editor.Load();
        Assert.Equal((30, "1.1"), (form.RetentionDays, form.PolicyVersion));

        form.RetentionDays = 7;
        form.PolicyVersion = " 1.10 "; // a new version although it reads as the same number
        var result = await editor.SaveAsync(form, "ada", CancellationToken.None);

        Assert.True(result.Saved, string.Join("; ", result.Errors.Values));
        Assert.Equal(["Privacy:PolicyVersion", "Privacy:RetentionDays"], result.Changes.Select(c => c.Key).Order());
        Assert.Equal((7, "1.10"), (Privacy.RetentionDays, Privacy.PolicyVersion));
        Assert.Equal("1.10", _app.Services.GetRequiredService<ConsentLog>().PolicyVersion);
        Assert.Equal(["Privacy policy version", "Retention period"], result.Changes.Select(c => SettingLabels.For(c.Key)).Order());

        Assert.Empty(editor.ChangesFor(editor.Load()));
        var back = editor.Load();
        back.RetentionDays = 30;
        Assert.Equal(new Dictionary<string, string?> { ["Privacy:RetentionDays"] = null }, editor.ChangesFor(back)); // back to appsettings.json
    }

    [Theory]
    [InlineData(0, "2027-01", nameof(VisitorSettingsForm.RetentionDays), "Retention period must be between 1 and 3650 days.")]
    [InlineData(3651, "2027-01", nameof(VisitorSettingsForm.RetentionDays), "Retention period must be between 1 and 3650 days.")]
    [InlineData(7, "  ", nameof(VisitorSettingsForm.PolicyVersion), "Privacy policy version must be a short name of 1 to 20 characters")]
    [InlineData(7, "2027-01-revised-final", nameof(VisitorSettingsForm.PolicyVersion), "1 to 20 characters")]
    public async Task Bad_privacy_values_are_refused_with_a_message_and_nothing_is_saved(int days, string version, string field, string message)
    {
        var editor = Editor();
        var form = editor.Load();
        form.ScenesPerMinute = 2; // a valid change alongside is not saved either
        form.RetentionDays = days;
        form.PolicyVersion = version;

        var result = await editor.SaveAsync(form, "ada", CancellationToken.None);

        Assert.False(result.Saved);
        Assert.Contains(message, result.Errors[field]);
        Assert.Empty(await _app.Store.ReadAllAsync());
        Assert.Equal((30, "1.1"), (Privacy.RetentionDays, Privacy.PolicyVersion));
    }
}

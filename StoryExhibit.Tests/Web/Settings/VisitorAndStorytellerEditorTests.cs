using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Web.Settings;

public sealed class VisitorAndStorytellerEditorTests : IAsyncLifetime
{
    private SettingsHost _app = null!;

    public async Task InitializeAsync() => _app = await SettingsHost.StartAsync(new Dictionary<string, string?> { ["Exhibit:VisitorLimits:StoriesPerHour"] = "12" });

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        SettingsHost.DeleteFolder(_app.Folder);
    }

    private T Editor<T>() => ActivatorUtilities.CreateInstance<T>(_app.Services);
    private ExhibitOptions Exhibit => _app.Services.GetRequiredService<IOptionsMonitor<ExhibitOptions>>().CurrentValue;

    [Fact]
    public async Task Visitor_settings_apply_at_once_and_only_changed_keys_are_written()
    {
        var editor = Editor<VisitorSettingsEditor>();
        Assert.Empty(editor.ChangesFor(editor.Load()));

        var form = editor.Load();
        form.RatingCeiling = ContentRating.Gentle;
        form.Audiences = [Audience.Children];
        form.CustomChoices = false;
        form.RealTimeNarration = false;
        form.ScenesPerMinute = 2;
        var result = await editor.SaveAsync(form, "ada", CancellationToken.None);

        Assert.True(result.Saved, string.Join("; ", result.Errors.Values));
        Assert.Equal(ContentRating.Gentle, Exhibit.Content.RatingCeiling);
        Assert.Equal([Audience.Children], Exhibit.Content.AllowedAudiences);
        Assert.False(Exhibit.Features.CustomChoices);
        Assert.True(Exhibit.Features.Branching);
        Assert.Equal(2, Exhibit.VisitorLimits.ScenesPerMinute);
        Assert.False(_app.Services.GetRequiredService<IOptionsMonitor<SpeechOptions>>().CurrentValue.RealTimeNarration);
        Assert.DoesNotContain(result.Changes, c => c.Key.Contains("Branching") || c.Key.Contains("StoriesPerHour"));

        var again = editor.Load();
        Assert.Equal([Audience.Children], again.Audiences);
        Assert.Empty(editor.ChangesFor(again));

        // All audiences again: back to the defaults, overrides removed.
        again.Audiences = [Audience.Children, Audience.Teens, Audience.Adults];
        await editor.SaveAsync(again, "ada", CancellationToken.None);
        Assert.Equal(3, Exhibit.Content.AllowedAudiences.Count);
    }

    [Fact]
    public async Task Visitor_settings_that_do_not_validate_are_refused()
    {
        var editor = Editor<VisitorSettingsEditor>();
        var form = editor.Load();
        form.Audiences = [];
        form.StoriesPerHour = -3;

        var result = await editor.SaveAsync(form, "ada", CancellationToken.None);

        Assert.False(result.Saved);
        Assert.Contains("at least one audience", result.Errors[nameof(VisitorSettingsForm.Audiences)]);
        Assert.Contains("Stories per visitor per hour must be between 0 (no limit)", result.Errors[nameof(VisitorSettingsForm.StoriesPerHour)]);
        Assert.Empty(await _app.Store.ReadAllAsync());
    }

    [Fact]
    public async Task Kiosk_mode_for_every_screen_and_its_idle_time_are_checked_and_saved()
    {
        var editor = Editor<VisitorSettingsEditor>();
        var form = editor.Load();
        Assert.False(form.KioskEverywhere);
        Assert.Equal(90, form.KioskIdleSeconds);
        form.KioskIdleSeconds = 2;
        var refused = await editor.SaveAsync(form, "ada", CancellationToken.None);
        Assert.Contains($"Kiosk idle time must be between {KioskOptions.MinIdleSeconds} and {KioskOptions.MaxIdleSeconds}", refused.Errors[nameof(VisitorSettingsForm.KioskIdleSeconds)]);

        form.KioskEverywhere = true;
        form.KioskIdleSeconds = 45;
        var saved = await editor.SaveAsync(form, "ada", CancellationToken.None);

        Assert.True(saved.Saved, string.Join("; ", saved.Errors.Values));
        Assert.Equal(["Every screen is a kiosk", "Kiosk idle time"], saved.Changes.Select(c => SettingLabels.For(c.Key)).Order());
        Assert.True(Exhibit.Kiosk.WholeExhibit);
        Assert.Equal(45, Exhibit.Kiosk.IdleSeconds);
        Assert.True(editor.Load().KioskEverywhere);
    }

    [Fact]
    public async Task Storyteller_creativity_and_scene_length_are_checked_and_saved()
    {
        var editor = Editor<StorytellerSettingsEditor>();
        var form = editor.Load();
        form.Temperature = 2.5;
        var refused = await editor.SaveAsync(form, "ada", CancellationToken.None);
        Assert.Contains("Creativity must be between 0 and 2", refused.Errors[nameof(StorytellerSettingsForm.Temperature)]);

        form.Temperature = 0.2;
        form.SceneLength = SceneLength.Short;
        var saved = await editor.SaveAsync(form, "ada", CancellationToken.None);

        Assert.Equal(2, saved.Changes.Count);
        var text = _app.Services.GetRequiredService<IOptionsMonitor<TextGenerationOptions>>().CurrentValue;
        Assert.Equal(0.2f, text.Temperature);
        Assert.Equal(SceneLength.Short, text.SceneLength);
        Assert.StartsWith("Steady", StorytellerSettingsForm.Describe(0.2));
        Assert.StartsWith("Wild", StorytellerSettingsForm.Describe(1.9));
    }
}

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Tests.Web.Settings;
using StoryExhibit.Web.Auth;
using StoryExhibit.Web.Components.Pages.Settings;
using StoryExhibit.Web.Music;
using StoryExhibit.Web.Songs;

namespace StoryExhibit.Tests.Components.Settings;

/// <summary>The music settings page over the real settings services: the staff switch and the default theme.</summary>
public sealed class MusicSettingsPageTests : ComponentTestContext
{
    private SettingsHost _app = null!;

    public override async Task InitializeAsync()
    {
        _app = await SettingsHost.StartAsync();
        Services.AddFallbackServiceProvider(_app.Services);
        Services.AddScoped<CurrentStaff>();
        Services.AddSingleton(ActivatorUtilities.CreateInstance<MusicSettingsEditor>(_app.Services));
        Services.AddSingleton(ActivatorUtilities.CreateInstance<SongSettingsEditor>(_app.Services)); // the page's songs section
    }

    protected override async Task DisposeTestAsync()
    {
        await _app.DisposeAsync();
        SettingsHost.DeleteFolder(_app.Folder);
    }

    private MusicOptions Music => _app.Services.GetRequiredService<IOptionsMonitor<MusicOptions>>().CurrentValue;

    private IRenderedComponent<MusicSettings> RenderPage()
    {
        AddAuthorization().SetAuthorized("tester").SetRoles("Staff");
        var page = Render<MusicSettings>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("form.settings-form")));
        return page;
    }

    [Fact]
    public async Task Staff_switch_music_off_and_it_applies_at_once()
    {
        Assert.True(Music.Enabled);
        var page = RenderPage();
        Assert.Equal("Ambient music", page.Find("#ambient-title").TextContent);
        page.Find(".music-enabled input[type=checkbox]").Change(false);
        page.Find("form.settings-form").Submit();

        page.WaitForAssertion(() => Assert.False(Music.Enabled));
        var saved = Assert.Single(await _app.Store.ReadAllAsync());
        Assert.Equal(("Music:Enabled", "false", "tester"), (saved.Key, saved.Value, saved.UpdatedBy));
        page.WaitForAssertion(() => Assert.Contains("Music on story pages", page.Find(".settings-recent").TextContent));
    }

    [Fact]
    public async Task The_default_theme_is_saved_and_unchanged_settings_write_nothing()
    {
        var editor = ActivatorUtilities.CreateInstance<MusicSettingsEditor>(_app.Services);
        var form = editor.Load();
        Assert.Equal(MusicTheme.Cinematic, form.DefaultTheme);
        Assert.Empty(editor.ChangesFor(form));

        form.DefaultTheme = MusicTheme.Cartoon;
        var result = await editor.SaveAsync(form, "tester", isAdmin: false, default); // the theme is for all staff
        Assert.True(result.Saved);
        Assert.Equal(MusicTheme.Cartoon, Music.DefaultTheme);
        Assert.Equal(MusicTheme.Cartoon, editor.Load().DefaultTheme);
    }
}

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Tests.Core.Generation.Songs;
using StoryExhibit.Tests.Web.Settings;
using StoryExhibit.Web.Auth;
using StoryExhibit.Web.Components.Pages.Settings;
using StoryExhibit.Web.Music;

namespace StoryExhibit.Tests.Components.Settings;

/// <summary>
/// Who makes the ambient music, in the ambient music section: the choice, "Test music" for what is chosen (the song
/// service on a loopback server, or a real one-second render by the built-in composer), and admins only for both.
/// </summary>
public sealed class MusicProviderSettingsTests : ComponentTestContext
{
    private SettingsHost _app = null!;
    private SongServiceServer _server = null!;

    public override async Task InitializeAsync()
    {
        _server = await SongServiceServer.StartAsync();
        _app = await SettingsHost.StartAsync(new Dictionary<string, string?> { ["Generation:Songs:Endpoint"] = _server.Endpoint.ToString() });
        Services.AddScoped<CurrentStaff>();
        Services.AddScoped(sp => ActivatorUtilities.CreateInstance<MusicSettingsEditor>(_app.Services));
        Services.AddFallbackServiceProvider(_app.Services);
    }

    protected override async Task DisposeTestAsync()
    {
        await _app.DisposeAsync();
        SettingsHost.DeleteFolder(_app.Folder);
        await _server.DisposeAsync();
    }

    private MusicProvider Chosen => _app.Services.GetRequiredService<IOptionsMonitor<MusicOptions>>().CurrentValue.Provider;

    private IRenderedComponent<MusicAmbientSection> RenderSection(string role)
    {
        AddAuthorization().SetAuthorized("tester").SetRoles(role);
        var section = Render<MusicAmbientSection>();
        section.WaitForAssertion(() => Assert.NotEmpty(section.FindAll(".music-provider")));
        return section;
    }

    private static void ClickTest(IRenderedComponent<MusicAmbientSection> section) =>
        section.FindAll("button").First(b => b.TextContent.Contains("Test music", StringComparison.Ordinal)).Click();

    [Fact]
    public void An_admin_sees_the_built_in_composer_chosen_and_its_test_renders_a_second_of_music()
    {
        var section = RenderSection("Admin");
        Assert.Equal(MusicSettingsForm.ProviderName(MusicProvider.Offline), section.Find("#music-provider").GetAttribute("value"));
        Assert.False(section.Find("#music-provider").HasAttribute("disabled"));

        ClickTest(section);

        section.WaitForAssertion(() => Assert.Contains("rendered a 1 s test", section.Find(".test-result.ok").TextContent, StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task An_admin_chooses_the_song_service_and_its_test_reaches_it()
    {
        var editor = ActivatorUtilities.CreateInstance<MusicSettingsEditor>(_app.Services);
        var form = editor.Load();
        form.Provider = MusicProvider.SongService;
        Assert.True((await editor.SaveAsync(form, "admin", isAdmin: true, default)).Saved);
        Assert.Equal(MusicProvider.SongService, Chosen);

        var section = RenderSection("Admin");
        Assert.Equal(MusicSettingsForm.ProviderName(MusicProvider.SongService), section.Find("#music-provider").GetAttribute("value"));
        ClickTest(section);

        section.WaitForAssertion(() => Assert.Contains("Connected: the song service answered", section.Find(".test-result.ok").TextContent, StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));
        Assert.Equal(1, _server.Count("GET /v1/songs"));
    }

    [Fact]
    public async Task A_song_service_that_fails_gets_a_clear_failed_test()
    {
        await _server.DisposeAsync();
        _server = await SongServiceServer.StartAsync(); // a new port: the configured address now refuses connections
        var editor = ActivatorUtilities.CreateInstance<MusicSettingsEditor>(_app.Services);
        var form = editor.Load();
        form.Provider = MusicProvider.SongService;
        var result = await editor.TestAsync(form, isAdmin: true, default);
        Assert.False(result.Success);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
        Assert.Equal(MusicProvider.Offline, Chosen); // a test saves nothing
    }

    [Fact]
    public async Task Other_staff_see_the_choice_read_only_and_cannot_change_or_test_it()
    {
        var section = RenderSection("Staff");
        Assert.True(section.Find("#music-provider").HasAttribute("disabled"));
        Assert.Contains(MusicSettingsEditor.AdminsOnly, section.Find(".admin-note").TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(section.FindAll("button"), b => b.TextContent.Contains("Test music", StringComparison.Ordinal));

        var editor = ActivatorUtilities.CreateInstance<MusicSettingsEditor>(_app.Services);
        var form = editor.Load();
        form.Provider = MusicProvider.SongService;
        var refused = await editor.SaveAsync(form, "tester", isAdmin: false, default);
        Assert.False(refused.Saved);
        Assert.Equal(MusicProvider.Offline, Chosen);
        Assert.False((await editor.TestAsync(form, isAdmin: false, default)).Success);
        Assert.Empty(_server.Requests);
    }
}

using Bunit;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Tests.Core.Generation.Songs;
using StoryExhibit.Tests.Web.Settings;
using StoryExhibit.Web.Auth;
using StoryExhibit.Web.Components.Pages.Settings;
using StoryExhibit.Web.Songs;

namespace StoryExhibit.Tests.Components.Settings;

/// <summary>The "Songs" settings section with bUnit over the real settings services and a loopback song service.</summary>
public sealed class SongSettingsTests : ComponentTestContext
{
    private const string StoredKey = "song-key-never-shown-4242";
    private SettingsHost _app = null!;
    private SongServiceServer _server = null!;

    public override async Task InitializeAsync()
    {
        _server = await SongServiceServer.StartAsync();
        _app = await SettingsHost.StartAsync(new Dictionary<string, string?>
        {
            ["Generation:Songs:Provider"] = "Remote",
            ["Generation:Songs:Endpoint"] = _server.Endpoint.ToString(),
        });
        await _app.Store.SaveAsync(new Dictionary<string, string?> { [SongSettingsEditor.ApiKeyKey] = StoredKey },
            new HashSet<string> { SongSettingsEditor.ApiKeyKey }, "staff");
        Services.AddScoped<CurrentStaff>();
        Services.AddScoped(sp => ActivatorUtilities.CreateInstance<SongSettingsEditor>(_app.Services));
        Services.AddFallbackServiceProvider(_app.Services);
    }

    protected override async Task DisposeTestAsync()
    {
        await _app.DisposeAsync();
        SettingsHost.DeleteFolder(_app.Folder);
        await _server.DisposeAsync();
    }

    [Fact]
    public void An_admin_tests_the_connection_with_the_stored_key_which_is_never_shown()
    {
        AddAuthorization().SetAuthorized("tester").SetRoles("Admin");
        var section = Render<SongSettings>();
        section.WaitForAssertion(() => Assert.NotEmpty(section.FindAll("form.song-settings")));
        Assert.Contains("A key is stored", section.Markup);
        Assert.DoesNotContain(StoredKey, section.Markup);

        section.FindAll("button").First(b => b.TextContent.Contains("Test connection", StringComparison.Ordinal)).Click();

        section.WaitForAssertion(() => Assert.Contains("Connected: the song service answered", section.Markup));
        Assert.Equal($"Bearer {StoredKey}", Assert.Single(_server.Authorizations));
    }

    [Fact]
    public void Other_staff_see_the_service_read_only_and_cannot_test_it()
    {
        AddAuthorization().SetAuthorized("tester").SetRoles("Staff");
        var section = Render<SongSettings>();
        section.WaitForAssertion(() => Assert.NotEmpty(section.FindAll("form.song-settings")));
        Assert.Contains(SongSettingsEditor.AdminsOnly, section.Markup);
        Assert.True(section.Find("input[name=song-endpoint]").HasAttribute("readonly"));
        Assert.DoesNotContain(section.FindAll("button"), b => b.TextContent.Contains("Test connection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_admins_may_point_songs_at_another_address()
    {
        var editor = ActivatorUtilities.CreateInstance<SongSettingsEditor>(_app.Services);
        var form = editor.Load();
        form.Endpoint = "http://elsewhere.example";
        var refused = await editor.SaveAsync(form, "staff", isAdmin: false, default);
        Assert.False(refused.Saved);

        var saved = await editor.SaveAsync(form, "admin", isAdmin: true, default);
        Assert.True(saved.Saved);
        Assert.Equal("http://elsewhere.example", _app.Configuration["Generation:Songs:Endpoint"]?.TrimEnd('/'));
        Assert.True(string.IsNullOrEmpty(_app.Configuration[SongSettingsEditor.ApiKeyKey]), "The key belongs to the old address and must not follow it.");
    }

    [Fact]
    public async Task An_address_that_is_not_http_is_refused()
    {
        var editor = ActivatorUtilities.CreateInstance<SongSettingsEditor>(_app.Services);
        var form = editor.Load();
        form.Endpoint = "file:///etc/passwd";
        var result = await editor.SaveAsync(form, "admin", isAdmin: true, default);
        Assert.False(result.Saved);
        Assert.Contains("http", result.Errors[nameof(SongSettingsForm.Endpoint)], StringComparison.Ordinal);
        Assert.False((await editor.TestAsync(form, isAdmin: true, default)).Success);
        Assert.Empty(_server.Requests);
    }
}

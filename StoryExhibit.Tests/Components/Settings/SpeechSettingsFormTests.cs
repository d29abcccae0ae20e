using Bunit;
using Bunit.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Tests.Web.Settings;
using StoryExhibit.Web.Auth;
using StoryExhibit.Web.Components.Pages.Settings;

namespace StoryExhibit.Tests.Components.Settings;

/// <summary>The speech settings page rendered with bUnit over the real settings services (SQLite file, Data Protection).</summary>
public sealed class SpeechSettingsFormTests : ComponentTestContext
{
    private const string StoredKey = "sk-bunit-do-not-show-31337";
    private SettingsHost _app = null!;
    private BunitAuthorizationContext _auth = null!;

    public override async Task InitializeAsync()
    {
        _app = await SettingsHost.StartAsync();
        Services.AddFallbackServiceProvider(_app.Services);
        _auth = AddAuthorization();
        _auth.SetAuthorized("tester").SetRoles("Admin"); // the record of changes names the signed-in person
        Services.AddScoped<CurrentStaff>();
    }

    protected override async Task DisposeTestAsync()
    {
        await _app.DisposeAsync();
        SettingsHost.DeleteFolder(_app.Folder);
    }

    private IRenderedComponent<SpeechSettings> RenderPage()
    {
        var page = Render<SpeechSettings>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("form.settings-form")));
        return page;
    }

    private static void Submit(IRenderedComponent<SpeechSettings> page) => page.Find("form.settings-form").Submit();

    /// <summary>Finds and clicks a button in one go on the renderer: the voice list loading in the background re-renders the form.</summary>
    private static Task ClickAsync(IRenderedComponent<SpeechSettings> page, string text)
        => page.InvokeAsync(() => page.FindAll("button").Single(b => b.TextContent.Contains(text)).Click());

    [Fact]
    public async Task A_stored_key_is_never_rendered_back()
    {
        await _app.Store.SaveAsync(new Dictionary<string, string?>
        {
            ["Generation:Speech:Provider"] = "OpenAICompatible", ["Generation:Speech:Endpoint"] = "http://127.0.0.1:9/v1", ["Generation:Speech:ApiKey"] = StoredKey,
        }, new HashSet<string> { "Generation:Speech:ApiKey" }, "staff");

        var page = RenderPage();
        Assert.Contains("A key is stored", page.Markup);
        Assert.DoesNotContain(StoredKey, page.Markup);
        Assert.Empty(page.FindAll("input[type=password]"));
        Assert.Contains("http://127.0.0.1:9/v1", page.Find("input[name=endpoint]").GetAttribute("value"));

        // Replacing shows an empty password field, still without the old key.
        await ClickAsync(page, "Replace");
        var password = page.Find("input[type=password]");
        Assert.True(string.IsNullOrEmpty(password.GetAttribute("value")));
        Assert.DoesNotContain(StoredKey, page.Markup);
    }

    [Fact]
    public async Task A_new_server_address_removes_the_stored_key_and_the_page_says_so()
    {
        await _app.Store.SaveAsync(new Dictionary<string, string?>
        {
            ["Generation:Speech:Provider"] = "OpenAICompatible", ["Generation:Speech:Endpoint"] = "http://127.0.0.1:9/v1", ["Generation:Speech:ApiKey"] = StoredKey,
        }, new HashSet<string> { "Generation:Speech:ApiKey" }, "admin");
        var page = RenderPage();
        Assert.Contains("A key is stored", page.Markup);

        page.Find("input[name=endpoint]").Change("http://127.0.0.1:10/v1");
        Submit(page);

        page.WaitForAssertion(() => Assert.Contains("The API key was removed because the server's address changed", page.Find(".secret-note").TextContent));
        Assert.DoesNotContain("A key is stored", page.Markup);
        Assert.True(string.IsNullOrEmpty(_app.Speech.CurrentValue.ApiKey));
        Assert.Equal(new Uri("http://127.0.0.1:10/v1"), _app.Speech.CurrentValue.Endpoint);
        Assert.Contains("(key removed: the address changed)", page.Find(".settings-recent").TextContent);
    }

    [Fact]
    public async Task Staff_see_the_server_settings_read_only_and_change_only_the_voice_and_reading()
    {
        await _app.Store.SaveAsync(new Dictionary<string, string?>
        {
            ["Generation:Speech:Provider"] = "OpenAICompatible", ["Generation:Speech:Endpoint"] = "http://127.0.0.1:9/v1", ["Generation:Speech:ApiKey"] = StoredKey,
        }, new HashSet<string> { "Generation:Speech:ApiKey" }, "admin");
        _auth.SetRoles("Staff");
        var page = RenderPage();

        Assert.Contains("A key is stored", page.Markup);
        Assert.DoesNotContain(page.FindAll("button"), b => b.TextContent.Contains("Replace") || b.TextContent.Contains("Remove"));
        Assert.True(page.Find("input[name=endpoint]").HasAttribute("readonly"));
        Assert.Contains("changed by an admin", page.Find(".admin-note").TextContent);

        page.Find("input[name=speed]").Change("1.5");
        Submit(page);
        page.WaitForAssertion(() => Assert.Equal(1.5, _app.Speech.CurrentValue.Speed));
        Assert.Equal(StoredKey, _app.Speech.CurrentValue.ApiKey);
    }

    [Fact]
    public async Task Staff_cannot_change_the_server_or_test_another_one_even_by_calling_the_editor()
    {
        await _app.Store.SaveAsync(new Dictionary<string, string?>
        {
            ["Generation:Speech:Provider"] = "OpenAICompatible", ["Generation:Speech:Endpoint"] = "http://127.0.0.1:9/v1", ["Generation:Speech:ApiKey"] = StoredKey,
        }, new HashSet<string> { "Generation:Speech:ApiKey" }, "admin");
        var editor = ActivatorUtilities.CreateInstance<StoryExhibit.Web.Settings.SpeechSettingsEditor>(_app.Services);
        var moved = editor.Load();
        moved.Endpoint = "http://127.0.0.1:10/v1";

        var saved = await editor.SaveAsync(moved, "sam", isAdmin: false, default);
        Assert.Equal(StoryExhibit.Web.Settings.SpeechSettingsEditor.AdminsOnly, saved.Errors[""]);
        Assert.Equal(new Uri("http://127.0.0.1:9/v1"), _app.Speech.CurrentValue.Endpoint);
        Assert.Equal(StoredKey, _app.Speech.CurrentValue.ApiKey);
        Assert.False((await editor.TestAsync(moved, isAdmin: false, default)).Success);

        var newKey = editor.Load();
        newKey.KeyAction = StoryExhibit.Web.Settings.SecretAction.Replace;
        newKey.NewApiKey = "sk-staff-typed";
        Assert.False((await editor.SaveAsync(newKey, "sam", isAdmin: false, default)).Saved);
        Assert.Equal(StoredKey, _app.Speech.CurrentValue.ApiKey);
    }

    [Fact]
    public async Task A_new_key_is_saved_encrypted_and_the_field_is_empty_afterwards()
    {
        await _app.Store.SaveAsync(new Dictionary<string, string?> { ["Generation:Speech:Provider"] = "OpenAI" }, new HashSet<string>(), "staff");
        var page = RenderPage();
        Assert.DoesNotContain("A key is stored", page.Markup);

        page.Find("input[type=password]").Change("sk-typed-new-555");
        Submit(page);

        page.WaitForAssertion(() => Assert.Contains("A key is stored", page.Markup));
        Assert.DoesNotContain("sk-typed-new-555", page.Markup);
        Assert.Equal("sk-typed-new-555", _app.Speech.CurrentValue.ApiKey);
        var stored = (await _app.Store.ReadAllAsync()).Single(s => s.Key == "Generation:Speech:ApiKey");
        Assert.True(stored.IsSecret);
        Assert.DoesNotContain("sk-typed-new-555", stored.Value);
        Assert.Contains("(key replaced)", page.Find(".settings-recent").TextContent);
    }

    [Fact]
    public async Task An_invalid_value_shows_the_rule_next_to_the_field_and_saves_nothing()
    {
        var page = RenderPage();
        page.Find("input[name=minsentence]").Change("500");
        Submit(page);

        page.WaitForAssertion(() => Assert.Contains("Minimum sentence length must be between 0 and 200.", page.Markup));
        Assert.Contains("Nothing was saved", page.Markup);
        Assert.Empty(await _app.Store.ReadAllAsync());
        Assert.Equal(20, _app.Speech.CurrentValue.MinSentenceLength);
    }

    [Fact]
    public async Task Saving_a_new_speed_applies_it_at_once_and_lists_the_change()
    {
        var page = RenderPage();
        page.Find("input[name=speed]").Change("1.25");
        Submit(page);

        page.WaitForAssertion(() => Assert.Equal(1.25, _app.Speech.CurrentValue.Speed));
        var stored = Assert.Single(await _app.Store.ReadAllAsync());
        Assert.Equal(("Generation:Speech:Speed", "1.25"), (stored.Key, stored.Value));
        page.WaitForAssertion(() => Assert.Contains("Speed", page.Find(".settings-recent").TextContent));
        Assert.Equal("tester", Assert.Single(await _app.Store.RecentChangesAsync(10)).ChangedBy);

        // Saving again without a change records nothing more.
        Submit(page);
        page.WaitForAssertion(() => Assert.Single(_app.Store.RecentChangesAsync(10).Result));
    }

    [Fact]
    public async Task Testing_an_espeak_voice_reports_the_duration()
    {
        var page = RenderPage();
        await ClickAsync(page, "Test voice");
        page.WaitForAssertion(() => Assert.Contains("It works: espeak-ng made", page.Find(".test-result").TextContent), TimeSpan.FromSeconds(20));
        Assert.Matches(@"\d+\.\d seconds of speech", page.Find(".test-result").TextContent);
        // The sample reaches the browser as a stream, never as base64 in the markup.
        Assert.Null(page.Find("audio.test-audio").GetAttribute("src"));
        page.WaitForAssertion(() =>
        {
            var play = JSInterop.Invocations.Single(i => i.Identifier == "storyExhibit.playStream");
            Assert.IsType<Microsoft.JSInterop.DotNetStreamReference>(play.Arguments[1]);
            Assert.Equal("audio/wav", play.Arguments[2]);
        }, TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Testing_the_browser_voice_says_it_is_tested_on_the_kiosk()
    {
        await _app.Store.SaveAsync(new Dictionary<string, string?> { ["Generation:Speech:Provider"] = "Browser" }, new HashSet<string>(), "staff");
        var page = RenderPage();
        await ClickAsync(page, "Test voice");
        page.WaitForAssertion(() => Assert.Contains("tested on the kiosk itself", page.Find(".test-result").TextContent));
        Assert.Empty(page.FindAll("audio"));
    }

    [Fact]
    public async Task A_server_provider_without_its_address_is_refused_with_the_rule_from_SpeechServices()
    {
        await _app.Store.SaveAsync(new Dictionary<string, string?> { ["Generation:Speech:Provider"] = "OpenAICompatible" }, new HashSet<string>(), "staff");
        var before = (await _app.Store.RecentChangesAsync(10)).Count;
        var page = RenderPage();
        page.Find("input[name=speed]").Change("1.5");
        Submit(page);
        page.WaitForAssertion(() => Assert.Contains("Server URL must be the server's http(s) address", page.Find("#endpoint-error").TextContent));
        Assert.Equal(before, (await _app.Store.RecentChangesAsync(10)).Count);
        Assert.Null(_app.Configuration["Generation:Speech:Speed"]);
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Probes;
using StoryExhibit.Tests.Infrastructure;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Web.Settings;

/// <summary>The providers page's editor on the app's real settings services, and the live switch it causes.</summary>
public sealed class ProviderSettingsEditorTests : IAsyncLifetime
{
    private const string Key = "sk-secret-provider-4242";
    private SettingsHost _app = null!;
    private OpenAICompatibleServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await OpenAICompatibleServer.StartAsync();
        _app = await SettingsHost.StartAsync(new Dictionary<string, string?>
        {
            ["Generation:Text:Offline:WordDelay"] = "00:00:00",
            ["Generation:Text:OpenAICompatible:Model"] = "llama3.1",
            ["Generation:Text:OpenAICompatible:Endpoint"] = "http://localhost:11434/v1",
        });
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _server.DisposeAsync();
        SettingsHost.DeleteFolder(_app.Folder);
    }

    private ProviderSettingsEditor Editor() =>
        ActivatorUtilities.CreateInstance<ProviderSettingsEditor>(_app.Services, new ProviderProbe(NullLogger<ProviderProbe>.Instance));

    private ProviderSettingsForm ToLoopback()
    {
        var form = Editor().Load();
        form.TextProvider = TextProvider.OpenAICompatible;
        form.TextEndpoint = _server.Endpoint.ToString();
        form.TextModel = OpenAICompatibleServer.Model;
        form.TextKey.KeyAction = SecretAction.Replace;
        form.TextKey.NewApiKey = Key;
        return form;
    }

    [Fact]
    public async Task Switching_the_storyteller_takes_effect_for_the_next_scene_without_a_restart()
    {
        var storyteller = _app.Services.GetRequiredService<IChatClient>();
        var current = _app.Services.GetRequiredService<CurrentStoryteller>();
        Assert.Equal("offline", current.ProviderName);

        _server.ReplyWith("The lighthouse keeper from the loopback server waved.");
        var result = await Editor().SaveAsync(ToLoopback(), "ada", isAdmin: true, CancellationToken.None);
        Assert.True(result.Saved, string.Join("; ", result.Errors.Values));

        Assert.Equal("openai-compatible", current.ProviderName);
        var text = string.Concat(await storyteller.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "Write a scene")]).Select(u => u.Text).ToListAsync());
        Assert.Contains("loopback server", text);
        Assert.Equal($"Bearer {Key}", _server.Requests.Last().Authorization);

        // And back to offline: the server is no longer asked.
        var back = Editor().Load();
        back.TextProvider = TextProvider.Offline;
        await Editor().SaveAsync(back, "ada", isAdmin: true, CancellationToken.None);
        var requests = _server.Requests.Count;
        var offline = await storyteller.GetResponseAsync([new ChatMessage(ChatRole.User, "Who are you?")]);
        Assert.Equal("offline", current.ProviderName);
        Assert.Equal(requests, _server.Requests.Count);
        Assert.DoesNotContain("loopback", offline.Text);
    }

    [Fact]
    public async Task The_key_is_stored_encrypted_never_recorded_and_never_given_back()
    {
        await Editor().SaveAsync(ToLoopback(), "ada", isAdmin: true, CancellationToken.None);

        var stored = await _app.Store.ReadAllAsync();
        var row = Assert.Single(stored, s => s.Key == ProviderSettingsEditor.TextKeyKey);
        Assert.True(row.IsSecret);
        Assert.DoesNotContain(Key, row.Value);
        Assert.DoesNotContain(Key, RawDatabase());
        var changes = await _app.Store.RecentChangesAsync(20);
        Assert.All(changes, c => Assert.DoesNotContain(Key, $"{c.OldValue}{c.NewValue}"));
        Assert.Contains(changes, c => c.Key == ProviderSettingsEditor.TextKeyKey && c.NewValue == "(key replaced)" && c.ChangedBy == "ada");

        var form = Editor().Load();
        Assert.True(form.TextKey.KeyStored);
        Assert.Null(form.TextKey.NewApiKey);
        Assert.Equal(Key, _app.Configuration[ProviderSettingsEditor.TextKeyKey]); // the app itself can use it
    }

    [Fact]
    public async Task Only_what_changed_is_saved_and_saving_again_changes_nothing()
    {
        var unchanged = Editor().ChangesFor(Editor().Load());
        Assert.Empty(unchanged);

        var form = Editor().Load();
        form.TextModel = "mistral";
        Assert.Equal(["Generation:Text:OpenAICompatible:Model"], Editor().ChangesFor(form).Keys);
        var first = await Editor().SaveAsync(form, "ada", isAdmin: true, CancellationToken.None);
        Assert.Single(first.Changes);

        var again = await Editor().SaveAsync(Editor().Load(), "ada", isAdmin: true, CancellationToken.None);
        Assert.True(again.Saved);
        Assert.Empty(again.Changes);

        // Back to the appsettings value: the override is removed rather than duplicated.
        var reverted = Editor().Load();
        reverted.TextModel = "llama3.1";
        Assert.Equal(new Dictionary<string, string?> { ["Generation:Text:OpenAICompatible:Model"] = null }, Editor().ChangesFor(reverted));
    }

    [Fact]
    public async Task Bad_values_are_refused_per_field_and_nothing_is_saved()
    {
        var form = ToLoopback();
        form.TextModel = " ";
        form.TextEndpoint = "localhost without a scheme";
        form.ImageProvider = ImageProvider.SdxlTurbo;
        form.SdxlEndpoint = "ftp://gpu-box";
        form.ImagesTimeoutSeconds = 0;

        var result = await Editor().SaveAsync(form, "ada", isAdmin: true, CancellationToken.None);

        Assert.False(result.Saved);
        Assert.Contains("Storyteller model", result.Errors[nameof(ProviderSettingsForm.TextModel)]);
        Assert.Contains("full http:// or https:// address", result.Errors[nameof(ProviderSettingsForm.TextEndpoint)]);
        Assert.Contains("http://localhost:50051", result.Errors[nameof(ProviderSettingsForm.SdxlEndpoint)]);
        Assert.Contains("seconds between 1 and 600", result.Errors[nameof(ProviderSettingsForm.ImagesTimeoutSeconds)]);
        Assert.Empty(await _app.Store.ReadAllAsync());
        Assert.Equal(TextProvider.Offline, _app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptionsMonitor<TextGenerationOptions>>().CurrentValue.Provider);
    }

    [Fact]
    public async Task Test_connection_uses_the_candidate_settings_before_they_are_saved()
    {
        _server.ReplyWith("ready");
        var ok = await Editor().TestTextAsync(ToLoopback(), isAdmin: true, CancellationToken.None);
        Assert.True(ok.Success, ok.Message);
        Assert.Equal($"Bearer {Key}", Assert.Single(_server.Requests).Authorization);
        Assert.Empty(await _app.Store.ReadAllAsync());

        var broken = ToLoopback();
        broken.TextModel = "";
        var refused = await Editor().TestTextAsync(broken, isAdmin: true, CancellationToken.None);
        Assert.False(refused.Success);
        Assert.StartsWith("Fix this first", refused.Message);
    }

    [Fact]
    public async Task Switching_the_illustrator_takes_effect_without_a_restart()
    {
        var illustrator = _app.Services.GetRequiredService<IIllustrator>();
        Assert.Equal("offline", illustrator.Name);
        var form = Editor().Load();
        form.ImageProvider = ImageProvider.OpenAI;
        form.ImagesKey.KeyAction = SecretAction.Replace;
        form.ImagesKey.NewApiKey = "sk-images-1";

        var result = await Editor().SaveAsync(form, "ada", isAdmin: true, CancellationToken.None);

        Assert.True(result.Saved, string.Join("; ", result.Errors.Values));
        Assert.Equal("openai-images", illustrator.Name);
        Assert.Equal("offline", _app.Services.GetRequiredService<ILiveIllustrator>().Name); // OpenAI cannot stream frames
    }

    [Fact]
    public async Task A_new_storyteller_address_never_gets_the_stored_key_in_a_test_or_after_saving()
    {
        Assert.True((await Editor().SaveAsync(ToLoopback(), "ada", isAdmin: true, CancellationToken.None)).Saved);
        await using var other = await OpenAICompatibleServer.StartAsync();
        other.ReplyWith("ready");
        var moved = Editor().Load();
        Assert.True(moved.TextKey.KeyStored);
        moved.TextEndpoint = other.Endpoint.ToString();

        Assert.True((await Editor().TestTextAsync(moved, isAdmin: true, CancellationToken.None)).Success);
        Assert.DoesNotContain(Key, Assert.Single(other.Requests).Authorization);

        var keysBefore = Editor().KeysInEffect();
        var saved = await Editor().SaveAsync(moved, "ada", isAdmin: true, CancellationToken.None);
        Assert.True(saved.Saved, string.Join("; ", saved.Errors.Values));
        Assert.Equal([ProviderSettingsEditor.TextKeyKey], saved.KeysRemovedWithAddress(keysBefore));
        Assert.False(Editor().Load().TextKey.KeyStored);

        // The storyteller now writes through the other server, without the key.
        var storyteller = _app.Services.GetRequiredService<IChatClient>();
        await storyteller.GetResponseAsync([new ChatMessage(ChatRole.User, "Begin.")]);
        Assert.All(other.Requests, r => Assert.DoesNotContain(Key, r.Authorization));
    }

    [Fact]
    public async Task Staff_cannot_save_or_test_providers_even_by_calling_the_editor()
    {
        var saved = await Editor().SaveAsync(ToLoopback(), "sam", isAdmin: false, CancellationToken.None);
        Assert.False(saved.Saved);
        Assert.Equal(ProviderSettingsEditor.AdminsOnly, saved.Errors[""]);
        Assert.Empty(await _app.Store.ReadAllAsync());

        var test = await Editor().TestTextAsync(ToLoopback(), isAdmin: false, CancellationToken.None);
        Assert.False(test.Success);
        Assert.Empty(_server.Requests);
        Assert.False((await Editor().TestImagesAsync(Editor().Load(), isAdmin: false, CancellationToken.None)).Success);
    }

    [Theory]
    [InlineData("file:///etc/passwd", "http:// or https://")]
    [InlineData("ftp://files.example/v1", "http:// or https://")]
    [InlineData("data:text/plain,hello", "http:// or https://")]
    [InlineData("/v1/models", "http:// or https://")]
    [InlineData("gopher://localhost:70/", "http:// or https://")]
    [InlineData("http://admin:secret@localhost:11434/v1", "user name and password")]
    public async Task Test_connection_refuses_anything_but_a_plain_http_address(string address, string message)
    {
        var form = ToLoopback();
        form.TextEndpoint = address;
        var test = await Editor().TestTextAsync(form, isAdmin: true, CancellationToken.None);
        Assert.False(test.Success);
        Assert.Contains(message, test.Message);
        Assert.Empty(_server.Requests);
        Assert.Contains(message, Editor().Check(form).Errors[nameof(ProviderSettingsForm.TextEndpoint)]);

        // The probe itself refuses too, whoever calls it.
        var probe = new ProviderProbe(NullLogger<ProviderProbe>.Instance);
        var options = new TextGenerationOptions { Provider = TextProvider.OpenAICompatible, OpenAICompatible = new() { Model = "m", Endpoint = new Uri(address, UriKind.RelativeOrAbsolute) } };
        Assert.False((await probe.TextAsync(options, TimeSpan.FromSeconds(2), CancellationToken.None)).Success);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Test_connection_never_shows_what_the_server_answered()
    {
        _server.ReplyWith("INTERNAL-ADMIN-PAGE-CONTENT");
        var ok = await Editor().TestTextAsync(ToLoopback(), isAdmin: true, CancellationToken.None);
        Assert.True(ok.Success, ok.Message);
        Assert.DoesNotContain("INTERNAL-ADMIN-PAGE-CONTENT", ok.Message);
    }

    /// <summary>The database file and its write-ahead log as text, so a plain key would show up wherever it sits.</summary>
    private string RawDatabase()
    {
        SqliteConnection.ClearAllPools();
        return string.Concat(new[] { "", "-wal" }.Select(suffix => _app.DatabasePath + suffix).Where(File.Exists)
            .Select(path => System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(path))));
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.SpeechInput;
using StoryExhibit.Tests.Infrastructure;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Web.Settings;

/// <summary>The "Speech input" section: admins choose who listens, its address, model and key, and test it before saving.</summary>
public sealed class SpeechInputSettingsEditorTests : IAsyncLifetime
{
    private SettingsHost _app = null!;
    private TranscriptionServer _server = null!;

    public async Task InitializeAsync()
    {
        _app = await SettingsHost.StartAsync();
        _server = await TranscriptionServer.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        await _app.DisposeAsync();
        SettingsHost.DeleteFolder(_app.Folder);
    }

    private SpeechInputSettingsEditor Editor() => ActivatorUtilities.CreateInstance<SpeechInputSettingsEditor>(_app.Services);
    private SpeechInputOptions Current => _app.Services.GetRequiredService<IOptionsMonitor<SpeechInputOptions>>().CurrentValue;

    private SpeechInputSettingsForm ServerForm()
    {
        var form = Editor().Load();
        Assert.Equal(SpeechInputProvider.Pocketsphinx, form.Provider);
        form.Provider = SpeechInputProvider.OpenAICompatible;
        form.Endpoint = _server.Address.ToString();
        form.Model = "test-whisper";
        form.KeyAction = SecretAction.Replace;
        form.NewApiKey = "sk-listen-1";
        return form;
    }

    [Fact]
    public async Task An_admin_tests_then_saves_a_transcription_server_with_its_key()
    {
        _server.Handler = (ctx, _) => TranscriptionServer.ReplyAsync(ctx, "");
        var editor = Editor();
        var form = ServerForm();

        var test = await editor.TestAsync(form, isAdmin: true, CancellationToken.None);
        Assert.True(test.Success, test.Message);
        Assert.Equal(("test-whisper", "Bearer sk-listen-1"), (_server.Requests.Single().Fields["model"], _server.Requests.Single().Authorization));

        var result = await editor.SaveAsync(form, "ada", isAdmin: true, CancellationToken.None);
        Assert.True(result.Saved, string.Join("; ", result.Errors.Values));
        Assert.Equal((SpeechInputProvider.OpenAICompatible, "test-whisper", "sk-listen-1"), (Current.Provider, Current.Model, Current.ApiKey));
        Assert.True((await _app.Store.ReadAllAsync()).Single(s => s.Key == SpeechInputSettingsEditor.ApiKeyKey).IsSecret);
    }

    [Fact]
    public async Task Staff_who_are_not_admins_can_neither_save_nor_test()
    {
        var editor = Editor();
        var form = ServerForm();

        Assert.False((await editor.TestAsync(form, isAdmin: false, CancellationToken.None)).Success);
        var result = await editor.SaveAsync(form, "sam", isAdmin: false, CancellationToken.None);

        Assert.False(result.Saved);
        Assert.Equal(SpeechInputSettingsEditor.AdminsOnly, result.Errors[""]);
        Assert.Equal(SpeechInputProvider.Pocketsphinx, Current.Provider);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task A_failing_server_fails_the_test_in_plain_words()
    {
        _server.Handler = (ctx, _) => TranscriptionServer.ErrorAsync(ctx, 401, "bad key");
        var test = await Editor().TestAsync(ServerForm(), isAdmin: true, CancellationToken.None);
        Assert.False(test.Success);
        Assert.StartsWith("The test failed:", test.Message);
        Assert.DoesNotContain("bad key", test.Message);
    }
}

using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Web.Settings;

/// <summary>The speech editor on the shared editing steps: messages in the page's words, exact voice names.</summary>
public sealed class SpeechSettingsEditorTests : IAsyncLifetime
{
    private SettingsHost _app = null!;

    public async Task InitializeAsync() => _app = await SettingsHost.StartAsync(new Dictionary<string, string?> { ["Generation:Speech:Voice"] = "Emma" });

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        SettingsHost.DeleteFolder(_app.Folder);
    }

    private SpeechSettingsEditor Editor() => ActivatorUtilities.CreateInstance<SpeechSettingsEditor>(_app.Services);

    [Fact]
    public void A_rule_naming_the_provider_reads_in_the_page_s_words_next_to_its_field()
    {
        var form = Editor().Load();
        form.Provider = SpeechProvider.OpenAICompatible;
        form.Endpoint = null;

        var errors = Editor().Check(form).Errors;

        Assert.Equal("The provider is an OpenAI-compatible server, so Server URL must be the server's http(s) address, e.g. http://localhost:4123.",
            errors[nameof(SpeechSettingsForm.Endpoint)]);
        form.Endpoint = "localhost:4123";
        Assert.Contains("full http:// or https:// address", Editor().Check(form).Errors[nameof(SpeechSettingsForm.Endpoint)]);
    }

    [Fact]
    public async Task A_voice_differing_only_in_case_is_a_change_and_the_key_stays_secret()
    {
        var editor = Editor();
        var form = editor.Load();
        form.Voice = "emma";
        form.KeyAction = SecretAction.Replace;
        form.NewApiKey = " sk-speech-77 ";

        var result = await editor.SaveAsync(form, "ada", isAdmin: true, CancellationToken.None);

        Assert.True(result.Saved, string.Join("; ", result.Errors.Values));
        Assert.Equal(["Generation:Speech:ApiKey", "Generation:Speech:Voice"], result.Changes.Select(c => c.Key).Order());
        Assert.Equal(("emma", "sk-speech-77"), (_app.Speech.CurrentValue.Voice, _app.Speech.CurrentValue.ApiKey));
        Assert.True((await _app.Store.ReadAllAsync()).Single(s => s.Key == SpeechSettingsEditor.ApiKeyKey).IsSecret);
        Assert.Equal(["API key", "Voice"], result.Changes.Select(c => SettingLabels.For(c.Key)).Order());
    }

    [Fact]
    public async Task Festival_can_be_chosen_its_voice_listed_and_tested()
    {
        var editor = Editor();
        var form = editor.Load();
        form.Provider = SpeechProvider.Festival;
        form.Voice = null;

        var voices = await editor.VoicesAsync(form, isAdmin: true, CancellationToken.None);
        Assert.Contains(voices.Voices, v => v.Id == "cmu_us_slt_arctic_hts");
        var test = await editor.TestAsync(form, isAdmin: true, CancellationToken.None);
        Assert.True(test.Success, test.Message);
        Assert.Contains("festival", test.Message, StringComparison.Ordinal);
        Assert.True(WavFile.IsWav(test.Audio));

        var saved = await editor.SaveAsync(form, "ada", isAdmin: true, CancellationToken.None);
        Assert.True(saved.Saved, string.Join("; ", saved.Errors.Values));
        Assert.Equal(SpeechProvider.Festival, _app.Speech.CurrentValue.Provider);
    }
}

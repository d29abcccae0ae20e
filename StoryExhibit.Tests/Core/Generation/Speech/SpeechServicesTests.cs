using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.Espeak;
using StoryExhibit.Core.Generation.Speech.OpenAI;
using StoryExhibit.Core.Narration;

namespace StoryExhibit.Tests.Core.Generation.Speech;

public sealed class SpeechServicesTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(settings.ToDictionary(p => "Generation:Speech:" + p.Key, p => p.Value)).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSpeech(config.GetSection(SpeechOptions.Section));
        return services.BuildServiceProvider();
    }

    [Fact]
    public void Defaults_to_espeak_ng()
    {
        using var sp = Build([]);
        Assert.IsType<EspeakSpeechSynthesizer>(sp.GetRequiredService<CurrentSpeech>().Synthesizer);
        Assert.Equal(2, sp.GetRequiredService<CurrentSpeech>().Settings.MaxParallel);
    }

    [Fact]
    public void Binds_every_setting()
    {
        using var sp = Build(new()
        {
            ["Provider"] = "OpenAICompatible", ["Endpoint"] = "http://localhost:4123", ["Voice"] = "emily", ["Speed"] = "1.1", ["Pitch"] = "40",
            ["Model"] = "chatterbox", ["ResponseFormat"] = "wav", ["ExtraParameters:exaggeration"] = "0.6", ["ExtraParameters:style"] = "calm",
            ["MinSentenceLength"] = "30", ["MaxSentenceLength"] = "200", ["MinClipLength"] = "90", ["MaxParallel"] = "3", ["RealTimeNarration"] = "false",
            ["AutoPlayLastScene"] = "false", ["CharacterVoices:0"] = "ben", ["CharacterVoices:1"] = "ada",
        });
        var options = sp.GetRequiredService<IOptions<SpeechOptions>>().Value;
        Assert.False(options.RealTimeNarration);
        Assert.False(options.AutoPlayLastScene);
        Assert.IsType<OpenAISpeechSynthesizer>(sp.GetRequiredService<CurrentSpeech>().Synthesizer);
        var settings = sp.GetRequiredService<CurrentSpeech>().Settings;
        Assert.Equal("emily", settings.Voice);
        Assert.Equal(1.1, settings.Speed);
        Assert.Equal(40, settings.Pitch);
        Assert.Equal(3, settings.MaxParallel);
        Assert.Equal(new SegmenterOptions(30, 200, 90), settings.Segmenter);
        Assert.Equal(0.6, settings.ExtraParameters!["exaggeration"]);
        Assert.Equal("calm", settings.ExtraParameters["style"]);
        Assert.Equal(["ben", "ada"], settings.CharacterVoices!);
    }

    [Fact]
    public void Browser_has_no_server_synthesizer()
    {
        using var sp = Build(new() { ["Provider"] = "Browser" });
        Assert.Null(sp.GetRequiredService<CurrentSpeech>().Synthesizer);
    }

    [Theory]
    [InlineData("OpenAICompatible", null, "Generation:Speech:Endpoint must be the server's http(s) address")]
    [InlineData("OpenAI", null, "Generation:Speech:ApiKey must hold an OpenAI API key")]
    [InlineData("Espeak", "Speed=9", "Generation:Speech:Speed must be between 0.25 and 4")]
    [InlineData("Espeak", "MaxParallel=0", "Generation:Speech:MaxParallel must be between 1 and 16")]
    [InlineData("Espeak", "Pitch=120", "Generation:Speech:Pitch must be between 0 and 99")]
    [InlineData("Espeak", "MinClipLength=500", "Generation:Speech:MinClipLength must be between 0 (one sentence a clip) and MaxSentenceLength")]
    public void Bad_settings_fail_with_a_clear_message(string provider, string? extra, string message)
    {
        var settings = new Dictionary<string, string?> { ["Provider"] = provider };
        if (extra?.Split('=') is [var key, var value]) settings[key] = value;
        using var sp = Build(settings);
        var ex = Assert.Throws<OptionsValidationException>(() => sp.GetRequiredService<IOptions<SpeechOptions>>().Value);
        Assert.Contains(message, ex.Message);
    }
}

using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.Festival;

namespace StoryExhibit.Tests.Core.Generation.Speech;

/// <summary>Runs the real Festival text2wave with the festvox-us-slt-hts voice (installed by scripts/setup.sh).</summary>
public sealed class FestivalSpeechSynthesizerTests
{
    private readonly FestivalSpeechSynthesizer _festival = new();

    [Fact]
    public async Task Speaks_a_sentence_as_a_valid_wav_with_a_plausible_duration()
    {
        var audio = await _festival.SynthesizeAsync(new SpeechRequest("The lantern flickered as Mira stepped into the cave."), CancellationToken.None);

        Assert.Equal("audio/wav", audio.MediaType);
        Assert.True(WavFile.IsWav(audio.Bytes));
        Assert.Equal((uint)(audio.Bytes.Length - 8), BitConverter.ToUInt32(audio.Bytes, 4)); // the streamed header's sizes repaired
        Assert.InRange(audio.Duration!.Value.TotalSeconds, 1, 10);
    }

    [Fact]
    public async Task Scheme_in_a_visitor_s_text_is_spoken_not_run()
    {
        var marker = Path.Combine(Path.GetTempPath(), $"storyexhibit-festival-{Guid.NewGuid():N}");
        var hostile = $"\"(system \\\"touch {marker}\\\")\" (system \"touch {marker}\") ) (quit) (set! a 1)";

        var audio = await _festival.SynthesizeAsync(new SpeechRequest(hostile), CancellationToken.None);

        Assert.False(File.Exists(marker), "the text was evaluated as Scheme");
        Assert.True(audio.Duration > TimeSpan.FromSeconds(2), $"only {audio.Duration} of audio: the text was not read out");
    }

    [Fact]
    public async Task Speed_changes_the_duration()
    {
        const string text = "Slowly, the tide crept over the sand and took the castle away.";
        var normal = await _festival.SynthesizeAsync(new SpeechRequest(text), CancellationToken.None);
        var fast = await _festival.SynthesizeAsync(new SpeechRequest(text, Speed: 1.6), CancellationToken.None);
        Assert.True(fast.Duration < normal.Duration * 0.8, $"{fast.Duration} vs {normal.Duration}");
    }

    [Theory]
    [InlineData("voice_kal_diphone) (system \"touch /tmp/x\"")]
    [InlineData("en+f3")]
    public async Task A_voice_name_that_is_not_a_plain_name_is_refused_before_festival_runs(string voice)
    {
        var ex = await Assert.ThrowsAsync<GenerationException>(() => _festival.SynthesizeAsync(new SpeechRequest("Hello there.", voice), CancellationToken.None));
        Assert.Contains("not a voice name", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_the_installed_voice()
    {
        var voices = await _festival.ListVoicesAsync(CancellationToken.None);
        Assert.Contains(voices, v => v.Id == FestivalSpeechSynthesizer.SltVoice && v.Gender == "F");
    }

    [Fact]
    public void Typographic_characters_become_plain_latin1()
    {
        Assert.Equal("\"Follow me,\" said Mira, it's late...", FestivalSpeechSynthesizer.Plain("\u201CFollow me,\u201D said Mira\u2014it\u2019s late\u2026"));
        Assert.Equal("caf\u00e9   ok", FestivalSpeechSynthesizer.Plain("caf\u00e9 \u4e2d ok"));
    }
}

using System.Diagnostics;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.Espeak;
using Xunit.Abstractions;

namespace StoryExhibit.Tests.Core.Generation.Speech;

/// <summary>Runs the real espeak-ng (installed by scripts/setup.sh).</summary>
public sealed class EspeakSpeechSynthesizerTests(ITestOutputHelper output)
{
    private readonly EspeakSpeechSynthesizer _espeak = new();

    [Fact]
    public async Task Speaks_a_sentence_as_a_valid_wav_with_a_plausible_duration()
    {
        var clock = Stopwatch.StartNew();
        var audio = await _espeak.SynthesizeAsync(new SpeechRequest("The lantern flickered as Mira stepped into the cave."), CancellationToken.None);
        output.WriteLine($"espeak-ng: {audio.Bytes.Length} bytes, {audio.Duration?.TotalSeconds:F2} s of audio in {clock.ElapsedMilliseconds} ms");

        Assert.Equal("audio/wav", audio.MediaType);
        Assert.True(WavFile.IsWav(audio.Bytes));
        Assert.Equal("RIFF"u8.ToArray(), audio.Bytes[..4]);
        Assert.Equal("WAVE"u8.ToArray(), audio.Bytes[8..12]);
        Assert.Equal((uint)(audio.Bytes.Length - 8), BitConverter.ToUInt32(audio.Bytes, 4)); // header sizes repaired
        Assert.InRange(audio.Duration!.Value.TotalSeconds, 0.5, 10);
    }

    [Fact]
    public async Task Speed_changes_the_duration()
    {
        const string text = "Slowly, the tide crept over the sand and took the castle away.";
        var normal = await _espeak.SynthesizeAsync(new SpeechRequest(text), CancellationToken.None);
        var fast = await _espeak.SynthesizeAsync(new SpeechRequest(text, Speed: 2.0, Pitch: 70), CancellationToken.None);
        Assert.True(fast.Duration < normal.Duration * 0.75, $"{fast.Duration} vs {normal.Duration}");
    }

    [Fact]
    public async Task Text_is_passed_on_stdin_so_dashes_and_markup_are_just_text()
    {
        var audio = await _espeak.SynthesizeAsync(new SpeechRequest("--version <b>bold</b> & \"quotes\"; rm -rf /"), CancellationToken.None);
        Assert.True(WavFile.IsWav(audio.Bytes));
        Assert.True(audio.Duration > TimeSpan.FromSeconds(0.5)); // it was spoken, not taken as an option
    }

    [Fact]
    public async Task Lists_voices()
    {
        var voices = await _espeak.ListVoicesAsync(CancellationToken.None);
        output.WriteLine($"{voices.Count} voices");
        Assert.NotEmpty(voices);
        Assert.Contains(voices, v => v.Id == "en" || v.Id.StartsWith("en-", StringComparison.Ordinal));
        Assert.All(voices, v => Assert.False(string.IsNullOrWhiteSpace(v.Name)));
    }

    [Fact]
    public void Parses_the_voice_listing()
    {
        const string listing = """
            Pty Language       Age/Gender VoiceName          File                 Other Languages
             5  af              --/M      Afrikaans          gmw/af
             2  en-gb           --/M      English_(Great_Britain) gmw/en           (en 2)
             5  en-us           --/F      English_(America)  gmw/en-US            (en 3)
            """;
        var voices = EspeakSpeechSynthesizer.ParseVoices(listing);
        Assert.Equal(["af", "en-gb", "en-us"], voices.Select(v => v.Id));
        Assert.Equal("English (Great Britain)", voices[1].Name);
        Assert.Equal("F", voices[2].Gender);
    }

    [Fact]
    public async Task An_unknown_voice_is_a_clear_GenerationException()
    {
        var ex = await Assert.ThrowsAsync<GenerationException>(() => _espeak.SynthesizeAsync(new SpeechRequest("Hello there.", Voice: "xx-nowhere"), CancellationToken.None));
        Assert.Equal("espeak-ng could not make this audio.", ex.Message); // a visitor never reads espeak-ng's own words
        Assert.Contains("espeak-ng failed", ex.Detail);
        await Assert.ThrowsAsync<GenerationException>(() => _espeak.SynthesizeAsync(new SpeechRequest("Hello.", Voice: "-v en; ls"), CancellationToken.None));
    }

    [Fact]
    public async Task A_missing_executable_says_how_to_install_it()
    {
        var espeak = new EspeakSpeechSynthesizer(new EspeakOptions { ExecutablePath = "/nonexistent/espeak-ng" });
        var ex = await Assert.ThrowsAsync<GenerationException>(() => espeak.SynthesizeAsync(new SpeechRequest("Hello."), CancellationToken.None));
        Assert.Equal("espeak-ng is not installed: run scripts/setup.sh", ex.Message);
    }

    [Fact]
    public async Task Timeout_and_cancellation_kill_the_process()
    {
        // A long text takes espeak-ng far longer than 1 ms.
        var text = string.Join(" ", Enumerable.Repeat("The long night went on and on without an end in sight.", 400));
        var slow = new EspeakSpeechSynthesizer(new EspeakOptions { Timeout = TimeSpan.FromMilliseconds(50) });
        var ex = await Assert.ThrowsAsync<GenerationException>(() => slow.SynthesizeAsync(new SpeechRequest(text), CancellationToken.None));
        Assert.Equal("espeak-ng took too long.", ex.Message);

        using var cts = new CancellationTokenSource(50);
        var clock = Stopwatch.StartNew();
        var cancelled = await Record.ExceptionAsync(() => _espeak.SynthesizeAsync(new SpeechRequest(text), cts.Token));
        Assert.IsAssignableFrom<OperationCanceledException>(cancelled);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"took {clock.Elapsed}");
    }

    [Theory]
    [InlineData(1.0, 175)]
    [InlineData(2.0, 350)]
    [InlineData(0.01, 52)]
    [InlineData(double.NaN, 175)]
    public void Speed_maps_to_words_per_minute(double speed, int wpm) => Assert.Equal(wpm, EspeakSpeechSynthesizer.WordsPerMinute(speed));
}

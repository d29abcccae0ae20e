using System.Diagnostics;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.SpeechInput;
using StoryExhibit.Core.Persistence;
using Xunit.Abstractions;

namespace StoryExhibit.Tests.Core.Generation.SpeechInput;

/// <summary>Debian's pocketsphinx and its English model, through ffmpeg, on recordings made in the test.</summary>
public sealed class PocketsphinxTranscriberTests(ITestOutputHelper output)
{
    private static readonly SpeechInputOptions Options = new();

    [Fact]
    public async Task The_words_of_a_browser_recording_come_back_and_no_audio_is_left_on_disk()
    {
        var webm = await SpokenSamples.AsWebmAsync(await SpokenSamples.FestivalWavAsync("the dragon flies over the castle"));

        var transcript = await new PocketsphinxTranscriber(Options).TranscribeAsync(new SpokenAudio(webm, "audio/webm;codecs=opus"), default);

        Assert.Contains("dragon", transcript.Text);
        Assert.Contains("castle", transcript.Text);
        Assert.InRange(transcript.Duration.TotalSeconds, 1, 10);
        Assert.Empty(Directory.GetFiles(TemporaryFiles.Folder, "recording-*"));
    }

    [Fact]
    public async Task Silence_gives_no_words()
    {
        var transcript = await new PocketsphinxTranscriber(Options).TranscribeAsync(new SpokenAudio(SpokenSamples.SilentWav(TimeSpan.FromSeconds(2)), "audio/wav"), default);
        Assert.True(transcript.IsEmpty, $"Heard \"{transcript.Text}\" in silence.");
    }

    [Fact]
    public async Task A_recording_over_the_limits_is_refused_or_cut()
    {
        var small = new SpeechInputOptions { MaxBytes = 4096 };
        var wav = await SpokenSamples.FestivalWavAsync("open the door and look inside");
        var tooLarge = await Assert.ThrowsAsync<GenerationException>(() => new PocketsphinxTranscriber(small).TranscribeAsync(new SpokenAudio(wav, "audio/wav"), default));
        Assert.Equal("That recording is too long.", tooLarge.Message);

        var cut = await new PocketsphinxTranscriber(new SpeechInputOptions { MaxSeconds = 1 }).TranscribeAsync(new SpokenAudio(wav, "audio/wav"), default);
        Assert.True(cut.Duration <= TimeSpan.FromSeconds(1.01), $"Cut to {cut.Duration}.");
    }

    [Fact]
    public async Task Something_that_is_not_audio_is_a_kind_failure_not_a_crash()
    {
        var ex = await Assert.ThrowsAsync<GenerationException>(() =>
            new PocketsphinxTranscriber(Options).TranscribeAsync(new SpokenAudio("not a recording at all"u8.ToArray(), "audio/webm"), default));
        Assert.Equal("ffmpeg", ex.Provider);
    }

    /// <summary>The figures for the README: word accuracy per voice, and the time one sentence takes offline.</summary>
    [Fact]
    public async Task Word_accuracy_on_synthesised_sentences()
    {
        var transcriber = new PocketsphinxTranscriber(Options);
        double festival = 0, espeak = 0;
        var clock = Stopwatch.StartNew();
        foreach (var sentence in SpokenSamples.Sentences)
        {
            var heard = (await transcriber.TranscribeAsync(new SpokenAudio(await SpokenSamples.FestivalWavAsync(sentence), "audio/wav"), default)).Text;
            var robotic = (await transcriber.TranscribeAsync(new SpokenAudio(await SpokenSamples.EspeakWavAsync(sentence), "audio/wav"), default)).Text;
            festival += SpokenSamples.WordAccuracy(sentence, heard);
            espeak += SpokenSamples.WordAccuracy(sentence, robotic);
            output.WriteLine($"\"{sentence}\": Festival -> \"{heard}\"; espeak-ng -> \"{robotic}\"");
        }
        var n = SpokenSamples.Sentences.Count;
        output.WriteLine($"Word accuracy: Festival SLT {festival / n:P0}, espeak-ng {espeak / n:P0}; {clock.Elapsed.TotalMilliseconds / (2 * n):F0} ms a sentence (synthesis included)");
        Assert.True(festival / n >= 0.6, $"Festival's sentences were heard with {festival / n:P0} word accuracy.");
    }
}

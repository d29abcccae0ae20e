using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Core.Generation.Songs.Lyrics;
using StoryExhibit.Core.Generation.Songs.Performance;
using StoryExhibit.Core.Generation.Speech.Compression;
using StoryExhibit.Core.Stories;
using Xunit.Abstractions;

namespace StoryExhibit.Tests.Core.Generation.Songs;

/// <summary>The offline performance with the real espeak-ng and ffmpeg, over a real (generated) backing file.</summary>
public sealed class OfflineSongTests(ITestOutputHelper output)
{
    private static readonly SongStory Story = new() { Hero = "Pip", Cast = ["Pip"], Place = "the lighthouse", Audience = Audience.Children };

    /// <summary>A composer that hands out one prepared file, as the real composer hands out its cached loop.</summary>
    private sealed class FileComposer(string path) : IMusicComposer
    {
        public List<MusicCue> Asked { get; } = [];

        public Task<MusicTrack> ComposeAsync(MusicCue cue, CancellationToken ct)
        {
            Asked.Add(cue);
            return Task.FromResult(new MusicTrack(path, "audio/ogg", TimeSpan.FromSeconds(4)));
        }
    }

    [Theory]
    [InlineData(SongKind.Lullaby)]
    [InlineData(SongKind.Funny)]
    public void Every_syllable_gets_a_note_in_the_song_s_key(SongKind kind)
    {
        var lyrics = LyricWriter.Write(kind, Story, 1);
        var melody = MelodyWriter.Write(lyrics);
        var (tonic, _, bpm) = MelodyWriter.KeyOf(kind);
        Assert.Equal(bpm, melody.BeatsPerMinute);
        Assert.Equal(lyrics.SungLines.Count(), melody.Lines.Count);
        foreach (var (line, sung) in lyrics.SungLines.Zip(melody.Lines))
        {
            Assert.Equal(Syllables.Words(line).Sum(w => Math.Max(1, Syllables.Count(w))), sung.Notes.Count);
            Assert.All(sung.Notes, n => Assert.InRange(n.Midi, tonic, tonic + 14));
        }
        // Every other line comes home to the tonic.
        Assert.All(melody.Lines.Where((_, i) => i % 2 == 1), l => Assert.Equal(tonic, l.Notes[^1].Midi));
    }

    [Theory]
    [InlineData(SongKind.Lullaby)]
    [InlineData(SongKind.Adventure)]
    [InlineData(SongKind.Funny)]
    [InlineData(SongKind.Sad)]
    public void A_song_lasts_about_a_minute_not_a_visit(SongKind kind)
    {
        var length = MelodyWriter.Write(LyricWriter.Write(kind, Story, 4)).Length;
        Assert.InRange(length.TotalSeconds, 35, 90);
    }

    [Fact]
    public void Higher_notes_ask_espeak_for_a_higher_pitch() =>
        Assert.True(EspeakSinger.PitchPercent(55) > EspeakSinger.PitchPercent(50) && EspeakSinger.PitchPercent(50) > EspeakSinger.PitchPercent(48));

    [Fact]
    public void Words_from_a_model_cannot_break_out_of_the_ssml()
    {
        var lyrics = new SongLyrics("x", SongKind.Funny, [["Pip's <voice name='x'> & friends"]], ["la"]);
        var ssml = EspeakSinger.Ssml(MelodyWriter.Write(lyrics));
        Assert.DoesNotContain("<voice", ssml, StringComparison.Ordinal);
        Assert.Contains("Pip&apos;s", ssml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_song_is_sung_over_the_backing_and_lasts_as_long_as_its_melody()
    {
        var backing = await SongAudio.BackingFileAsync();
        try
        {
            var composer = new FileComposer(backing);
            var encoder = new SpeechAudioEncoder();
            var performer = new OfflinePerformer(new StaticOptions(new SongOptions()), encoder, NullLogger<OfflinePerformer>.Instance, composer);
            var lyrics = LyricWriter.Write(SongKind.Lullaby, Story, 2);
            var watch = Stopwatch.StartNew();
            var audio = await performer.PerformAsync(lyrics, null, CancellationToken.None);
            var took = watch.Elapsed;

            Assert.True(SpeechAudioEncoder.IsOgg(audio.Bytes));
            Assert.Equal([SongWishes.BackingFor(SongKind.Lullaby)], composer.Asked);
            var melody = MelodyWriter.Write(lyrics).Length.TotalSeconds;
            var duration = await SongAudio.DurationAsync(audio.Bytes);
            var loudness = await SongAudio.MeanVolumeAsync(audio.Bytes);
            output.WriteLine($"melody {melody:F1} s, song {duration:F1} s, mean volume {loudness:F1} dB, {audio.Bytes.Length / 1024} KB, made in {took.TotalSeconds:F1} s");
            Assert.InRange(duration, melody * 0.5 + 4, melody * 1.6 + 4);
            Assert.True(loudness > -35, $"mean volume {loudness} dB");
        }
        finally { File.Delete(backing); }
    }

    [Fact]
    public async Task Without_a_composer_the_song_is_sung_alone()
    {
        var encoder = new SpeechAudioEncoder();
        var performer = new OfflinePerformer(new StaticOptions(new SongOptions()), encoder, NullLogger<OfflinePerformer>.Instance);
        var audio = await performer.PerformAsync(LyricWriter.Write(SongKind.Funny, Story, 2), null, CancellationToken.None);
        Assert.True(await SongAudio.DurationAsync(audio.Bytes) > 10);
        Assert.True(await SongAudio.MeanVolumeAsync(audio.Bytes) > -40);
    }

    internal sealed class StaticOptions(SongOptions value) : IOptionsMonitor<SongOptions>
    {
        public SongOptions CurrentValue => value;
        public SongOptions Get(string? name) => value;
        public IDisposable? OnChange(Action<SongOptions, string?> listener) => null;
    }
}

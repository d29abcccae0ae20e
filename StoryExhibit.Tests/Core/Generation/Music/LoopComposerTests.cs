using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Music.Composition;
using StoryExhibit.Core.Generation.Music.Midi;

namespace StoryExhibit.Tests.Core.Generation.Music;

/// <summary>The composed loops: harmony that fits the mode, a melody on the chords, and a length between half a minute and a minute.</summary>
public sealed class LoopComposerTests
{
    public static TheoryData<MusicMood, MusicTheme> EveryCue()
    {
        var data = new TheoryData<MusicMood, MusicTheme>();
        foreach (var mood in Enum.GetValues<MusicMood>())
            foreach (var theme in Enum.GetValues<MusicTheme>()) data.Add(mood, theme);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCue))]
    public void Every_note_is_in_the_mode_and_the_loop_lasts_thirty_to_sixty_seconds(MusicMood mood, MusicTheme theme)
    {
        var cue = new MusicCue(mood, theme);
        var style = MusicStyle.For(cue);
        var song = LoopComposer.Compose(cue);
        Assert.Equal(3, song.Parts.Count);
        Assert.All(song.Parts.SelectMany(p => p.Notes), n => Assert.True(style.Mode.Contains(style.Tonic, n.Key), $"{n.Key} is not in {style.Mode.Name} on {style.Tonic}"));
        var loop = song.DurationOf(LoopComposer.LoopTicks(style));
        Assert.InRange(loop.TotalSeconds, 28, 60);
        Assert.All(song.Parts.SelectMany(p => p.Notes), n => Assert.True(n.Start < LoopComposer.LoopTicks(style)));
        Assert.All(song.Parts, p => Assert.NotEmpty(p.Notes));
        // A key struck again while it still sounds would be cut short by the first note's end.
        Assert.All(song.Parts, p => Assert.All(p.Notes.GroupBy(n => n.Key), same =>
            Assert.All(same.OrderBy(n => n.Start).Zip(same.OrderBy(n => n.Start).Skip(1)), pair => Assert.True(pair.First.Start + pair.First.Length <= pair.Second.Start,
                $"{p.Name}: key {same.Key} at {pair.Second.Start} overlaps the one at {pair.First.Start}"))));
    }

    [Fact]
    public void Strong_beats_of_the_melody_sit_on_the_chord_below()
    {
        var cue = new MusicCue(MusicMood.Joyful, MusicTheme.Cinematic);
        var style = MusicStyle.For(cue);
        var song = LoopComposer.Compose(cue);
        var melody = song.Parts.Single(p => p.Name == "Melody").Notes;
        var bar = song.TicksPerBar;
        var strong = melody.Where(n => n.Start % (bar / 2) == 0).ToList();
        Assert.True(strong.Count >= style.Bars / 2, "the melody plays on most strong beats");
        foreach (var note in strong)
        {
            var chord = style.Mode.Triad(style.Tonic, style.Progression[note.Start / bar % style.Progression.Length]).Select(k => k % 12).ToHashSet();
            Assert.Contains(note.Key % 12, chord);
        }
    }

    [Fact]
    public void Themes_choose_their_instruments_and_moods_their_key_and_tempo()
    {
        int Program(MusicTheme theme, string part) => LoopComposer.Compose(new MusicCue(MusicMood.Calm, theme)).Parts.Single(p => p.Name == part).Program;
        Assert.Equal(48, Program(MusicTheme.Cinematic, "Harmony")); // string ensemble
        Assert.Equal(45, Program(MusicTheme.Cartoon, "Harmony"));   // pizzicato strings
        Assert.Equal(46, Program(MusicTheme.Calm, "Harmony"));      // harp
        Assert.Equal(0, Program(MusicTheme.Calm, "Melody"));        // piano

        var sad = MusicStyle.For(new MusicCue(MusicMood.Sad, MusicTheme.Cinematic));
        var joyful = MusicStyle.For(new MusicCue(MusicMood.Joyful, MusicTheme.Cinematic));
        Assert.Equal(Mode.Minor, sad.Mode);
        Assert.Equal(Mode.Major, joyful.Mode);
        Assert.True(joyful.BeatsPerMinute > sad.BeatsPerMinute);
    }

    [Fact]
    public void The_same_cue_always_gives_the_same_music()
    {
        var cue = new MusicCue(MusicMood.Mysterious, MusicTheme.Cartoon);
        Assert.Equal(MidiFileWriter.Write(LoopComposer.Compose(cue)), MidiFileWriter.Write(LoopComposer.Compose(cue)));
        Assert.NotEqual(MidiFileWriter.Write(LoopComposer.Compose(cue)), MidiFileWriter.Write(LoopComposer.Compose(cue with { Mood = MusicMood.Tense })));
    }

    [Fact]
    public void Two_passes_repeat_the_loop_exactly()
    {
        var cue = new MusicCue(MusicMood.Tense, MusicTheme.Calm);
        var loop = LoopComposer.LoopTicks(MusicStyle.For(cue));
        var once = LoopComposer.Compose(cue).Parts[2].Notes;
        var twice = LoopComposer.Compose(cue, passes: 2).Parts[2].Notes;
        Assert.Equal(once.Count * 2, twice.Count);
        Assert.Equal(once, twice.Skip(once.Count).Select(n => n with { Start = n.Start - loop }));
    }
}

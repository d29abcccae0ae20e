using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Core.Generation.Songs.Lyrics;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Generation.Songs;

public sealed class LyricWriterTests
{
    private static readonly SongStory Lighthouse = new()
    {
        Hero = "Pip", Cast = ["Pip", "Captain Gull"], Place = "the lighthouse", Thing = "a silver key", Deeds = ["follow the fox", "climb the stairs"],
        Genre = "Adventure", Audience = Audience.Children, Rating = ContentRating.Gentle,
    };

    public static TheoryData<SongKind> Kinds => new(Enum.GetValues<SongKind>());

    private static string LastWord(string line) => Syllables.Words(line)[^1].ToLowerInvariant();

    private static bool Rhymes(string a, string b) => LastWord(a) != LastWord(b) && LastWord(a)[^2..] == LastWord(b)[^2..];

    [Theory, MemberData(nameof(Kinds))]
    public void Second_and_fourth_verse_lines_rhyme_and_the_chorus_is_two_couplets(SongKind kind)
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var lyrics = LyricWriter.Write(kind, Lighthouse, seed);
            Assert.Equal(2, lyrics.Verses.Count);
            foreach (var verse in lyrics.Verses)
            {
                Assert.Equal(4, verse.Count);
                Assert.True(Rhymes(verse[1], verse[3]), $"'{verse[1]}' / '{verse[3]}'");
            }
            Assert.Equal(4, lyrics.Chorus.Count);
            Assert.True(Rhymes(lyrics.Chorus[0], lyrics.Chorus[1]), $"'{lyrics.Chorus[0]}' / '{lyrics.Chorus[1]}'");
            Assert.True(Rhymes(lyrics.Chorus[2], lyrics.Chorus[3]), $"'{lyrics.Chorus[2]}' / '{lyrics.Chorus[3]}'");
        }
    }

    [Theory, MemberData(nameof(Kinds))]
    public void The_words_name_the_hero_and_tell_the_story(SongKind kind)
    {
        var lyrics = LyricWriter.Write(kind, Lighthouse, seed: 3);
        Assert.Contains("Pip", lyrics.Title, StringComparison.Ordinal);
        Assert.Contains("Pip", lyrics.Chorus[0], StringComparison.Ordinal);
        var verses = string.Join('\n', lyrics.Verses.SelectMany(v => v));
        Assert.True(verses.Contains("lighthouse", StringComparison.Ordinal) || verses.Contains("silver key", StringComparison.Ordinal)
            || verses.Contains("climb the stairs", StringComparison.Ordinal), verses);
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Lines_keep_close_to_the_metre(SongKind kind)
    {
        var lyrics = LyricWriter.Write(kind, Lighthouse, seed: 5);
        foreach (var line in lyrics.SungLines)
            Assert.InRange(Syllables.InLine(line), LyricWriter.TargetSyllables - 3, LyricWriter.TargetSyllables + 3);
    }

    [Fact]
    public void Songs_for_children_leave_out_the_lines_kept_for_older_audiences()
    {
        var forChildren = Enumerable.Range(0, 40).SelectMany(s => LyricWriter.Write(SongKind.Adventure, Lighthouse, s).SungLines).ToHashSet();
        var forAdults = Enumerable.Range(0, 40).SelectMany(s => LyricWriter.Write(SongKind.Adventure,
            Lighthouse with { Audience = Audience.Adults, Rating = ContentRating.Thrilling }, s).SungLines).ToHashSet();
        Assert.DoesNotContain(forChildren, l => l.Contains("bitter cold", StringComparison.Ordinal));
        Assert.Contains(forAdults, l => l.Contains("bitter cold", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Kinds))]
    public void Offline_words_pass_moderation_for_the_youngest_audience(SongKind kind)
    {
        for (var seed = 0; seed < 10; seed++)
        {
            var lyrics = LyricWriter.Write(kind, Lighthouse, seed);
            var verdict = ModerationVerdict.Judge(ContentClassifier.Classify(lyrics.Title + "\n" + lyrics.Text), ContentRating.Gentle, Audience.Children, new ModerationOptions());
            Assert.True(verdict.Allowed, $"{verdict.Category}: {lyrics.Text}");
        }
    }

    [Theory]
    [InlineData("a lullaby for Pip", SongKind.Lullaby)]
    [InlineData("sing a sleepy song", SongKind.Lullaby)]
    [InlineData("a silly song about the dragon", SongKind.Funny)]
    [InlineData("a sad song because the fox went away", SongKind.Sad)]
    [InlineData("a brave song about our hero", SongKind.Adventure)]
    public void The_wish_chooses_the_kind(string wish, SongKind kind) => Assert.Equal(kind, SongWishes.KindOf(wish));

    [Fact]
    public void A_wish_naming_nobody_gets_the_genre_s_kind() => Assert.Equal(SongKind.Funny, SongWishes.KindOf("sing us a song", "Comedy"));

    [Theory]
    [InlineData("a lullaby for pip", "Pip")]
    [InlineData("a song about Captain Gull please", "Captain Gull")]
    [InlineData("a song for Zara", "Zara")]
    [InlineData("a song for the king", null)]
    public void The_wish_names_whom_the_song_is_for(string wish, string? name) => Assert.Equal(name, SongWishes.NamedIn(wish, ["Pip", "Captain Gull"]));

    [Fact]
    public void The_same_wish_for_the_same_story_gives_the_same_song() =>
        Assert.Equal(LyricWriter.Write(SongKind.Sad, Lighthouse, 11).Text, LyricWriter.Write(SongKind.Sad, Lighthouse, 11).Text);

    [Theory]
    [InlineData("cat", 1)]
    [InlineData("lighthouse", 2)]
    [InlineData("little", 2)]
    [InlineData("lullaby", 3)]
    [InlineData("adventure", 3)]
    [InlineData("hullabaloo", 4)]
    public void Syllables_are_counted_by_spelling(string word, int count) => Assert.Equal(count, Syllables.Count(word));

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"title\": 3}")]
    [InlineData("{\"title\": \"x\", \"verses\": [], \"chorus\": [\"a\"]}")]
    [InlineData("{\"title\": \"x\", \"verses\": [[\"a\"]], \"chorus\": \"la la\"}")]
    public void Model_words_that_are_not_the_shape_asked_for_are_not_used(string answer) => Assert.Null(SongWordsWriter.Parse(answer, SongKind.Lullaby));

    [Fact]
    public void Model_words_in_the_shape_asked_for_are_read()
    {
        var lyrics = SongWordsWriter.Parse("Here you go: {\"title\": \"Pip's Song\", \"verses\": [[\"a\", \"b\"], [\"c\", \"d\"]], \"chorus\": [\"la\", \"la\"]}", SongKind.Funny);
        Assert.NotNull(lyrics);
        Assert.Equal("Pip's Song", lyrics.Title);
        Assert.Equal(["a", "b", "la", "la", "c", "d", "la", "la"], lyrics.SungLines);
    }
}

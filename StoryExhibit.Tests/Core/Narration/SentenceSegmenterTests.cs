using StoryExhibit.Core.Narration;

namespace StoryExhibit.Tests.Core.Narration;

public sealed class SentenceSegmenterTests
{
    // MinLength 0 so each case shows the raw cuts; merging is tested on its own.
    private static readonly SegmenterOptions Raw = new(MinLength: 0, MaxLength: 220);

    public static TheoryData<string, string[]> Corpus => new()
    {
        { "The fox ran. The hound followed.", ["The fox ran.", "The hound followed."] },
        { "Mr. Brown met Mrs. Green at St. Mary's. Dr. Who and Prof. Plum waved.", ["Mr. Brown met Mrs. Green at St. Mary's.", "Dr. Who and Prof. Plum waved."] },
        { "Bring tools, e.g. a hammer. Also rope, i.e. the long one. Cats vs. dogs is old.", ["Bring tools, e.g. a hammer.", "Also rope, i.e. the long one.", "Cats vs. dogs is old."] },
        { "Pack bread, cheese, etc. and go. Fruit, nuts, etc. Then leave.", ["Pack bread, cheese, etc. and go.", "Fruit, nuts, etc.", "Then leave."] },
        { "Pi is 3.14 today. The train left at 10.30 sharp. It came back at 4:15. Done.", ["Pi is 3.14 today.", "The train left at 10.30 sharp.", "It came back at 4:15.", "Done."] },
        { "She waited... and waited. Then... Nothing happened… Silence fell.", ["She waited... and waited.", "Then...", "Nothing happened…", "Silence fell."] },
        { "“Run,” she said. “Now.” He ran.", ["“Run,” she said.", "“Now.”", "He ran."] },
        { "He said \"Go.\" Then he left. (It was late.) [Truly.] Next.", ["He said \"Go.\"", "Then he left.", "(It was late.)", "[Truly.]", "Next."] },
        { "‘Fine.’ She nodded.", ["‘Fine.’", "She nodded."] },
        { "\"Go home.\" Tom said. \"Now!\" Mira cried. \"Why?\" Then silence.", ["\"Go home.\" Tom said.", "\"Now!\" Mira cried.", "\"Why?\"", "Then silence."] },
        { "Where? Here! Really?! Yes!! Fine.", ["Where?", "Here!", "Really?!", "Yes!!", "Fine."] },
        { "\"Where are you?\" she asked. \"Here!\" Tom replied.", ["\"Where are you?\" she asked.", "\"Here!\" Tom replied."] },
        { "The door opened — slowly — and light spilled in. It was dawn.", ["The door opened — slowly — and light spilled in.", "It was dawn."] },
        { "The wind howled\n\nMorning came", ["The wind howled", "Morning came"] },
        { "A line that wraps\nonto the next. Done.", ["A line that wraps onto the next.", "Done."] },
        { "It ended. \n  \n and then more.", ["It ended.", "and then more."] },
        { "雨が降った。風が吹いた！本当？終わり。", ["雨が降った。", "風が吹いた！", "本当？", "終わり。"] },
        { "The fox ran home.\n\n### What happens next?\n1. Follow it", ["The fox ran home.", "1. Follow it"] },
        { "The last page turned.\n\nTHE END", ["The last page turned."] },
        { "The last page turned.\n**THE END.**\n", ["The last page turned."] },
        { "THE ENDLESS sea roared. Waves came.", ["THE ENDLESS sea roared.", "Waves came."] },
        { "J. R. R. Tolkien wrote it. Fine.", ["J. R. R. Tolkien wrote it.", "Fine."] },
        { "It was *very* dark. She **ran**.", ["It was very dark.", "She ran."] },
        { "He paused. then went on. Okay.", ["He paused. then went on.", "Okay."] },
        { "No ending punctuation here", ["No ending punctuation here"] },
        { "", new string[0] },
        { "   \n\n  ", new string[0] },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Cuts_the_corpus(string text, string[] expected)
    {
        Assert.Equal(expected, SentenceSegmenter.Split(text, Raw));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Random_deltas_give_the_same_sentences(string text, string[] expected)
    {
        for (var seed = 0; seed < 40; seed++)
            Assert.Equal(expected, InRandomPieces(text, Raw, seed, longest: 7));
    }

    /// <summary>The text pushed in random pieces of 1 to <paramref name="longest"/> characters, then completed.</summary>
    private static List<string> InRandomPieces(string text, SegmenterOptions options, int seed, int longest)
    {
        var random = new Random(seed);
        var segmenter = new SentenceSegmenter(options);
        var got = new List<string>();
        for (var i = 0; i < text.Length;)
        {
            var n = Math.Min(text.Length - i, random.Next(1, longest + 1));
            got.AddRange(segmenter.Push(text.Substring(i, n)));
            i += n;
        }
        got.AddRange(segmenter.Complete());
        return got;
    }

    [Fact]
    public void Sentences_are_emitted_only_when_certainly_complete()
    {
        var s = new SentenceSegmenter(Raw);
        Assert.Empty(s.Push("It was Mr."));
        Assert.Empty(s.Push(" Brown. "));                  // "Brown." might be followed by lower case
        Assert.Equal(["It was Mr. Brown."], s.Push("He"));  // capital: now certain
        Assert.Equal(["He asked why?"], s.Push(" asked why? ")); // "?" closes as soon as whitespace follows
    }

    [Fact]
    public void Question_and_exclamation_close_as_soon_as_whitespace_follows()
    {
        var s = new SentenceSegmenter(Raw);
        Assert.Empty(s.Push("Who is there?"));
        Assert.Equal(["Who is there?"], s.Push(" "));
        Assert.Empty(s.Push("Stop!"));
        Assert.Equal(["Stop!"], s.Push("\n"));
    }

    [Fact]
    public void A_paragraph_break_ends_a_sentence_without_punctuation()
    {
        var s = new SentenceSegmenter(Raw);
        Assert.Empty(s.Push("The wind howled\n"));
        Assert.Equal(["The wind howled"], s.Push("\nMorning"));
        Assert.Equal(["Morning"], s.Complete());
    }

    [Fact]
    public void Heading_lines_are_dropped_even_when_streamed_char_by_char()
    {
        var s = new SentenceSegmenter(Raw);
        var got = new List<string>();
        foreach (var c in "Scene text here.\n### What happens next?\nTHE END\n")
            got.AddRange(s.Push(c.ToString()));
        got.AddRange(s.Complete());
        Assert.Equal(["Scene text here."], got);
    }

    [Fact]
    public void Short_sentences_merge_with_the_next_up_to_MinLength()
    {
        var got = SentenceSegmenter.Split("Hi. Yes. No. The dragon slept on its gold. Ok.", new SegmenterOptions(MinLength: 20));
        Assert.Equal(["Hi. Yes. No. The dragon slept on its gold.", "Ok."], got);
    }

    [Fact]
    public void Long_sentences_split_at_the_clause_boundary_nearest_the_middle()
    {
        var options = new SegmenterOptions(MinLength: 0, MaxLength: 80);
        var text = "The caravan crossed the dunes at night, guided by the old stars; the camels complained, the drivers sang.";
        var got = SentenceSegmenter.Split(text, options);
        Assert.Equal(["The caravan crossed the dunes at night, guided by the old stars;", "the camels complained, the drivers sang."], got);
        Assert.All(got, p => Assert.True(p.Length <= 80));
    }

    [Fact]
    public void Long_sentence_without_clause_marks_splits_at_a_space()
    {
        var words = string.Join(' ', Enumerable.Repeat("word", 30)) + ".";
        var got = SentenceSegmenter.Split(words, new SegmenterOptions(MinLength: 0, MaxLength: 60));
        Assert.True(got.Count >= 3);
        Assert.All(got, p => Assert.True(p.Length <= 60, p));
        Assert.Equal(words, string.Join(' ', got));
    }

    [Fact]
    public void Endless_text_without_full_stops_is_cut_early_while_streaming()
    {
        var options = new SegmenterOptions(MinLength: 0, MaxLength: 50);
        var s = new SentenceSegmenter(options);
        var got = new List<string>();
        for (var i = 0; i < 40; i++) got.AddRange(s.Push($"and on it went, {i} "));
        Assert.NotEmpty(got); // did not wait for the end of the stream
        Assert.All(got, p => Assert.True(p.Length <= 50, p));
    }

    private static readonly SegmenterOptions Clips = new(MinLength: 20, MaxLength: 120, MinClipLength: 60);

    private const string Walk =
        "The lantern swung in the wind. Mira climbed the stairs one by one. The door at the top was open. " +
        "Inside, a clock ticked. Dust lay thick on every shelf and every book. Nobody had been here for years.";

    [Fact]
    public void After_the_first_sentence_sentences_are_joined_into_clips_of_at_least_MinClipLength()
    {
        Assert.Equal(
            [
                "The lantern swung in the wind.",
                "Mira climbed the stairs one by one. The door at the top was open.",
                "Inside, a clock ticked. Dust lay thick on every shelf and every book.",
                "Nobody had been here for years.",
            ],
            SentenceSegmenter.Split(Walk, Clips));
    }

    [Fact]
    public void Joined_clips_are_the_same_however_the_text_arrives()
    {
        var whole = SentenceSegmenter.Split(Walk, Clips);
        for (var seed = 0; seed < 40; seed++)
            Assert.Equal(whole, InRandomPieces(Walk, Clips, seed, longest: 11));
    }

    [Fact]
    public void A_joined_clip_gives_back_its_sentences_for_the_captions()
    {
        var clips = SentenceSegmenter.Split(Walk, Clips);
        Assert.Equal(SentenceSegmenter.Split(Walk), clips.SelectMany(SentenceSegmenter.SentencesOf));
        Assert.Equal(["Nobody had been here for years."], SentenceSegmenter.SentencesOf("Nobody had been here for years."));
    }

    [Fact]
    public void A_clip_never_grows_past_MaxLength_by_joining()
    {
        var text = "A short one to begin. " + "This second sentence is of a middling length, long enough. " +
                   "And this third one is long as well, so the two together would pass the limit.";
        var got = SentenceSegmenter.Split(text, Clips);
        Assert.Equal(
            ["A short one to begin.", "This second sentence is of a middling length, long enough.",
             "And this third one is long as well, so the two together would pass the limit."],
            got);
        Assert.All(got, clip => Assert.True(clip.Length <= Clips.MaxLength, clip));
    }

    [Fact]
    public void A_characters_quoted_line_keeps_a_clip_of_its_own()
    {
        // Read in the character's voice: narration joined to it would be read in that voice too (even a short sentence
        // that would otherwise be merged with the next).
        var text = "The wind rose over the hills. The boat rocked. \"Hold on to the rope,\" said Mira. " +
                   "The waves grew taller. The sky went dark.";
        Assert.Equal(
            ["The wind rose over the hills.", "The boat rocked.", "\"Hold on to the rope,\" said Mira.",
             "The waves grew taller. The sky went dark."],
            SentenceSegmenter.Split(text, Clips));
    }

    [Fact]
    public void Options_are_checked()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceSegmenter(new SegmenterOptions(MinLength: 300, MaxLength: 220)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceSegmenter(new SegmenterOptions(MinLength: -1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceSegmenter(new SegmenterOptions(MinClipLength: 300)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceSegmenter(new SegmenterOptions(MinClipLength: -1)));
    }
}

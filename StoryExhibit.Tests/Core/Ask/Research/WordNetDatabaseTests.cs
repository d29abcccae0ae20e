using StoryExhibit.Core.Ask.Research.WordNet;

namespace StoryExhibit.Tests.Core.Ask.Research;

/// <summary>The reader of Debian's WordNet files (the real ones in /usr/share/wordnet, installed by setup.sh).</summary>
public sealed class WordNetDatabaseTests : IDisposable
{
    private readonly WordNetDatabase _wordNet = WordNetDatabase.Open(WordNetDatabase.DebianFolder)
        ?? throw new InvalidOperationException("WordNet is not installed: run scripts/setup.sh (package wordnet-base).");

    public void Dispose() => _wordNet.Dispose();

    [Theory]
    [InlineData(WordClass.Noun)]
    [InlineData(WordClass.Verb)]
    [InlineData(WordClass.Adjective)]
    public void Binary_search_finds_every_sampled_index_line(WordClass wordClass)
    {
        var file = wordClass switch { WordClass.Noun => "index.noun", WordClass.Verb => "index.verb", _ => "index.adj" };
        var lines = File.ReadLines(Path.Combine(WordNetDatabase.DebianFolder, file)).Where(l => !l.StartsWith(' ')).ToList();
        var sampled = lines.Where((_, i) => i % 499 == 0).Append(lines[0]).Append(lines[^1]).ToList();

        foreach (var line in sampled)
        {
            var expected = IndexEntry.Parse(line, wordClass);
            var found = _wordNet.Find(expected.Lemma, wordClass);
            Assert.NotNull(found);
            Assert.Equal(expected.SynsetOffsets, found.SynsetOffsets);
        }
        Assert.True(sampled.Count > 20);
    }

    [Theory]
    [InlineData("mice", WordClass.Noun, "mouse")]
    [InlineData("geese", WordClass.Noun, "goose")]
    [InlineData("clouds", WordClass.Noun, "cloud")]
    [InlineData("boxes", WordClass.Noun, "box")]
    [InlineData("butterflies", WordClass.Noun, "butterfly")]
    [InlineData("Black Holes", WordClass.Noun, "black_hole")]
    [InlineData("ran", WordClass.Verb, "run")]
    [InlineData("galloping", WordClass.Verb, "gallop")]
    [InlineData("happier", WordClass.Adjective, "happy")]
    [InlineData("biggest", WordClass.Adjective, "big")]
    public void Inflected_forms_find_their_lemma(string word, WordClass wordClass, string lemma)
    {
        var match = _wordNet.Lookup(word, wordClass, correctSpelling: false);

        Assert.NotNull(match);
        Assert.Equal(lemma, match.Entry.Lemma);
        Assert.Null(match.CorrectedFrom);
    }

    [Theory]
    [InlineData("dinosor", "dinosaur")]
    [InlineData("volcanoe", "volcano")]
    public void Misspellings_find_the_nearest_word_and_say_they_were_corrected(string word, string lemma)
    {
        Assert.Null(_wordNet.Lookup(word, WordClass.Noun, correctSpelling: false));
        var match = _wordNet.Lookup(word, WordClass.Noun);

        Assert.NotNull(match);
        Assert.Equal(lemma, match.Entry.Lemma);
        Assert.Equal(word, match.CorrectedFrom);
    }

    [Fact]
    public void A_made_up_word_finds_nothing()
    {
        Assert.Null(_wordNet.Lookup("snorklewhumpus", WordClass.Noun));
        Assert.Null(_wordNet.Lookup("zorblaxian", WordClass.Noun));
    }

    [Fact]
    public void A_synset_reads_its_words_definition_examples_and_parents()
    {
        var narwhal = _wordNet.Senses(_wordNet.Find("narwhal", WordClass.Noun)!).Single();
        var large = _wordNet.Senses(_wordNet.Find("large", WordClass.Adjective)!).First();
        var einstein = _wordNet.Senses(_wordNet.Find("einstein", WordClass.Noun)!).First();

        Assert.Contains("narwhal", narwhal.Words);
        Assert.Equal("small Arctic whale the male having a long spiral ivory tusk", narwhal.Definition);
        Assert.Contains(narwhal.Parents, p => p.Symbol == Synset.Hypernym);
        Assert.Contains("big", large.Words); // "big(a)"-style markers are left off
        Assert.Contains("a large city", large.Examples);
        Assert.DoesNotContain("\"", large.Definition);
        Assert.True(einstein.IsInstance);
        Assert.Contains("Albert Einstein", einstein.Words);
    }

    [Fact]
    public void A_folder_without_the_files_opens_nothing()
    {
        Assert.Null(WordNetDatabase.Open(Path.Combine(Path.GetTempPath(), "no-wordnet-here")));
    }
}

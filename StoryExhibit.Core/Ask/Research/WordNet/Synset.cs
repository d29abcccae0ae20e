using System.Globalization;
using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Ask.Research.WordNet;

/// <summary>A pointer from a synset to another: its symbol ("@" hypernym, "@i" instance of...), target and class.</summary>
public sealed record SynsetPointer(string Symbol, long Offset, WordClass Class);

/// <summary>
/// One meaning: the words that share it (as WordNet spells them, "Albert_Einstein" read as "Albert Einstein"), its
/// pointers, the definition and the example sentences of its gloss.
/// </summary>
public sealed partial record Synset(long Offset, WordClass Class, IReadOnlyList<string> Words, IReadOnlyList<SynsetPointer> Pointers,
    string Definition, IReadOnlyList<string> Examples, int LexicographerFile = 0)
{
    /// <summary>WordNet's lexicographer file of foods (noun.food), whose senses ("octopus" the dish) rarely are what a visitor asks about.</summary>
    public const int NounFood = 13;

    public bool IsFood => Class == WordClass.Noun && LexicographerFile == NounFood;

    public const string Hypernym = "@";
    public const string InstanceOf = "@i";

    /// <summary>The synsets this one is a kind (or an instance) of.</summary>
    public IEnumerable<SynsetPointer> Parents => Pointers.Where(p => p.Symbol is Hypernym or InstanceOf);

    /// <summary>Whether this names one person, place or thing ("Einstein", "Paris") rather than a kind.</summary>
    public bool IsInstance => Pointers.Any(p => p.Symbol == InstanceOf);

    /// <summary>Reads <c>offset lex_filenum ss_type w_cnt word lex_id... p_cnt [ptr...] [frames] | gloss</c>.</summary>
    public static Synset Parse(string line)
    {
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        var f = (bar < 0 ? line : line[..bar]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var offset = long.Parse(f[0], CultureInfo.InvariantCulture);
        var wordClass = WordClasses.FromLetter(f[2]);
        var wordCount = int.Parse(f[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var words = Enumerable.Range(0, wordCount).Select(i => Readable(f[4 + 2 * i])).ToList();
        var at = 4 + 2 * wordCount;
        var pointerCount = int.Parse(f[at], CultureInfo.InvariantCulture);
        var pointers = Enumerable.Range(0, pointerCount)
            .Select(i => new SynsetPointer(f[at + 1 + 4 * i], long.Parse(f[at + 2 + 4 * i], CultureInfo.InvariantCulture), WordClasses.FromLetter(f[at + 3 + 4 * i])))
            .ToList();
        var (definition, examples) = SplitGloss(bar < 0 ? "" : line[(bar + 3)..].Trim());
        return new Synset(offset, wordClass, words, pointers, definition, examples, int.Parse(f[1], CultureInfo.InvariantCulture));
    }

    /// <summary>"above average in size; \"a large city\"; \"big businesses\"" into the definition and the quoted examples.</summary>
    internal static (string Definition, IReadOnlyList<string> Examples) SplitGloss(string gloss)
    {
        var examples = Quoted().Matches(gloss).Select(m => m.Groups[1].Value.Trim()).Where(e => e.Length > 0).ToList();
        var definition = Quoted().Replace(gloss, "");
        definition = string.Join("; ", definition.Split(';').Select(p => p.Trim()).Where(p => p.Length > 0));
        return (definition, examples);
    }

    /// <summary>"Albert_Einstein" as "Albert Einstein"; an adjective's marker such as "(a)" left off.</summary>
    private static string Readable(string word) => AdjectiveMarker().Replace(word, "").Replace('_', ' ');

    [GeneratedRegex("\"([^\"]*)\"")] private static partial Regex Quoted();
    [GeneratedRegex(@"\((a|p|ip)\)$")] private static partial Regex AdjectiveMarker();
}

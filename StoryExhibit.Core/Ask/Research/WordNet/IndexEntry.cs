using System.Globalization;

namespace StoryExhibit.Core.Ask.Research.WordNet;

/// <summary>
/// A lemma's line in an index file: its senses' synset offsets, most frequent first, and how many of its senses were
/// seen tagged in the SemCor texts (a rough measure of how common the word is).
/// </summary>
public sealed record IndexEntry(string Lemma, WordClass Class, IReadOnlyList<long> SynsetOffsets, int TaggedSenses)
{
    /// <summary>Reads <c>lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...</c>.</summary>
    public static IndexEntry Parse(string line, WordClass wordClass)
    {
        var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var synsets = int.Parse(f[2], CultureInfo.InvariantCulture);
        var pointers = int.Parse(f[3], CultureInfo.InvariantCulture);
        var at = 4 + pointers;
        var tagged = int.Parse(f[at + 1], CultureInfo.InvariantCulture);
        var offsets = f.Skip(at + 2).Take(synsets).Select(o => long.Parse(o, CultureInfo.InvariantCulture)).ToList();
        return new IndexEntry(f[0], wordClass, offsets, tagged);
    }
}

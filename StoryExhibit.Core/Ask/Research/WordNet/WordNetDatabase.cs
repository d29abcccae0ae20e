using System.Collections.Concurrent;

namespace StoryExhibit.Core.Ask.Research.WordNet;

/// <summary>A lemma found for a visitor's word: its index entry, and the spelling it was corrected to, if it was.</summary>
public sealed record WordMatch(IndexEntry Entry, string? CorrectedFrom);

/// <summary>
/// Princeton WordNet as Debian installs it (<c>/usr/share/wordnet</c>): the index and data files memory-mapped and read
/// where a question needs them, the exception lists loaded on first use, synsets cached once read. Safe for concurrent use.
/// </summary>
public sealed class WordNetDatabase : IDisposable
{
    public const string DebianFolder = "/usr/share/wordnet";

    private readonly Dictionary<WordClass, WordNetFile> _index = [];
    private readonly Dictionary<WordClass, WordNetFile> _data = [];
    private readonly Dictionary<WordClass, Lazy<IReadOnlyDictionary<string, string[]>>> _exceptions = [];
    private readonly ConcurrentDictionary<(WordClass, long), Synset> _synsets = new();
    private readonly Morphy _morphy;

    private WordNetDatabase(string folder)
    {
        Folder = folder;
        foreach (var c in WordClasses.All)
        {
            _index[c] = new WordNetFile(Path.Combine(folder, "index." + c.FileName()));
            _data[c] = new WordNetFile(Path.Combine(folder, "data." + c.FileName()));
            var exc = Path.Combine(folder, c.FileName() + ".exc");
            _exceptions[c] = new Lazy<IReadOnlyDictionary<string, string[]>>(() => Morphy.ReadExceptions(exc));
        }
        _morphy = new Morphy(c => _exceptions[c].Value);
    }

    public string Folder { get; }

    /// <summary>The files every answer needs, which a folder must hold to be opened.</summary>
    public static IEnumerable<string> RequiredFiles(string folder) =>
        WordClasses.All.SelectMany(c => new[] { Path.Combine(folder, "index." + c.FileName()), Path.Combine(folder, "data." + c.FileName()) });

    /// <summary>The database in <paramref name="folder"/>, or null when its files are not there (the wordnet-base package is missing).</summary>
    public static WordNetDatabase? Open(string folder) => RequiredFiles(folder).All(File.Exists) ? new WordNetDatabase(folder) : null;

    /// <summary>The index entry for exactly this lemma, or null.</summary>
    public IndexEntry? Find(string lemma, WordClass wordClass)
    {
        var key = Key(lemma);
        return key.Length == 0 || _index[wordClass].Find(key) is not { } line ? null : IndexEntry.Parse(line, wordClass);
    }

    /// <summary>
    /// The lemma for a word as a visitor wrote it: the word itself, its base form (plurals, past tenses, comparatives), or
    /// failing those and when <paramref name="correctSpelling"/> is set, the closest spelling in the index.
    /// </summary>
    public WordMatch? Lookup(string word, WordClass wordClass, bool correctSpelling = true)
    {
        var key = Key(word);
        if (key.Length == 0) return null;
        var candidates = _morphy.Candidates(key, wordClass).Distinct().ToList();
        foreach (var candidate in candidates)
            if (_index[wordClass].Find(candidate) is { } line) return new WordMatch(IndexEntry.Parse(line, wordClass), null);
        if (!correctSpelling) return null;
        foreach (var candidate in candidates)
            if (SpellingNeighbours.Closest(_index[wordClass], wordClass, candidate) is { } near) return new WordMatch(near, word);
        return null;
    }

    /// <summary>The synset at <paramref name="offset"/> in the data file of <paramref name="wordClass"/>.</summary>
    public Synset Read(long offset, WordClass wordClass) =>
        _synsets.GetOrAdd((wordClass, offset), k => Synset.Parse(_data[k.Item1].LineAt(k.Item2)));

    /// <summary>The senses of an entry, most frequent first.</summary>
    public IEnumerable<Synset> Senses(IndexEntry entry) => entry.SynsetOffsets.Select(o => Read(o, entry.Class));

    /// <summary>The chain of parents from <paramref name="synset"/> upwards (first parent each time), nearest first.</summary>
    public IEnumerable<Synset> Ancestors(Synset synset)
    {
        var seen = new HashSet<long>();
        for (var s = synset; s.Parents.FirstOrDefault() is { } up && seen.Add(up.Offset);)
            yield return s = Read(up.Offset, up.Class);
    }

    /// <summary>How WordNet spells a lemma in its files: lower case, words joined by '_'.</summary>
    public static string Key(string word) =>
        string.Join('_', word.Trim().ToLowerInvariant().Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries));

    public void Dispose()
    {
        foreach (var file in _index.Values.Concat(_data.Values)) file.Dispose();
    }
}

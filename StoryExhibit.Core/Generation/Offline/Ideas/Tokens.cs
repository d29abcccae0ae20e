namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>The words of one sentence, with the visitor's case kept (a capital can mark a name).</summary>
internal sealed class Tokens(List<string> words)
{
    private readonly string[] lower = words.Select(w => w.ToLowerInvariant()).ToArray();

    public int Count => words.Count;
    public string this[int i] => i < lower.Length && i >= 0 ? lower[i] : "";
    public string Original(int i) => i < words.Count && i >= 0 ? words[i] : "";
    public bool IsCapitalized(int i) => Original(i).Length > 0 && char.IsUpper(Original(i)[0]);
    public bool IsWord(int i) => this[i].Length > 0 && char.IsLetterOrDigit(this[i][0]);
    public bool IsPunctuation(int i) => i < Count && !IsWord(i);

    /// <summary>Words from..to (exclusive) as text: proper names keep their capitals, the rest is lower case,
    /// and "I" stays a capital.</summary>
    public string Text(int from, int to) => string.Join(' ', Enumerable.Range(from, Math.Max(0, Math.Min(to, Count) - from))
        .Select(Display)).Replace(" ,", ",").Replace(" :", ":");

    public string Display(int i) =>
        IsCapitalized(i) && (i > 0 || !Lexicon.IsCommonWord(this[i])) && this[i] != "a" ? Original(i) : this[i];

    public Tokens Slice(int from, int to) => new(words.Skip(from).Take(Math.Max(0, to - from)).ToList());

    public Tokens Replace(int i, string word)
    {
        var copy = new List<string>(words) { [i] = word };
        return new Tokens(copy);
    }
}

using System.Text;

namespace StoryExhibit.Core.Narration;

/// <summary>
/// Cuts streamed prose into sentences for narration (joined into longer clips when
/// <see cref="SegmenterOptions.MinClipLength"/> asks). <see cref="Push"/> returns only sentences that are certainly
/// complete, so the same text gives the same sentences however it was split into deltas;
/// <see cref="Complete"/> flushes the rest when the stream ends. Not thread-safe: one per stream.
/// </summary>
/// <remarks>
/// A sentence ends at: "." (not after Mr., e.g., etc., an initial, nor inside 3.14) followed by a space and a
/// capital letter; an ellipsis likewise; "?" or "!" followed by whitespace (when a closing quote follows them,
/// only if the next word is not lower case: <c>"Where?" she asked.</c> stays whole); 。！？ at once; a blank
/// line always. Closing quotes and brackets stay with their sentence. Headings and "THE END" lines are dropped.
/// </remarks>
public sealed class SentenceSegmenter
{
    private static readonly HashSet<string> NeverEnds = new(StringComparer.Ordinal)
    {
        "mr", "mrs", "ms", "dr", "st", "prof", "e.g", "i.e", "vs", "mt", "messrs", "capt", "col", "gen", "lt", "sgt", "rev", "fr",
    };

    private readonly SegmenterOptions _options;
    private readonly LineFilter _lines = new();
    private readonly StringBuilder _filtered = new();
    private string _pending = "";
    private string _carry = "";
    private bool _clipGiven;

    public SentenceSegmenter(SegmenterOptions? options = null)
    {
        _options = options ?? SegmenterOptions.Default;
        _options.Validate();
    }

    /// <summary>Adds streamed text; returns the sentences it completed, in order.</summary>
    public IEnumerable<string> Push(string delta)
    {
        ArgumentNullException.ThrowIfNull(delta);
        _filtered.Clear();
        _lines.Push(delta, _filtered);
        if (_filtered.Length == 0) return [];
        _pending += _filtered.ToString();
        return Drain(final: false);
    }

    /// <summary>The stream ended: returns every sentence still held back.</summary>
    public IEnumerable<string> Complete()
    {
        _filtered.Clear();
        _lines.Complete(_filtered);
        _pending += _filtered.ToString();
        var sentences = Drain(final: true);
        if (_carry.Length > 0) Give(_carry, sentences);
        _carry = "";
        _pending = "";
        return sentences;
    }

    /// <summary>Cuts a finished text in one go.</summary>
    public static IReadOnlyList<string> Split(string prose, SegmenterOptions? options = null)
    {
        var segmenter = new SentenceSegmenter(options);
        return [.. segmenter.Push(prose), .. segmenter.Complete()];
    }

    /// <summary>The sentences a clip joined, for its captions: cut with the default options, without joining.</summary>
    public static IReadOnlyList<string> SentencesOf(string clip)
        => Split(clip, SegmenterOptions.Default) is { Count: > 0 } sentences ? sentences : [clip];

    private List<string> Drain(bool final)
    {
        var sentences = new List<string>();
        while (true)
        {
            var end = EarlyCut(_pending);
            if (end < 0) end = FindEnd(_pending, final);
            if (end < 0) break;
            var sentence = Clean(_pending[..end]);
            _pending = _pending[end..].TrimStart();
            if (sentence.Length > 0) Add(sentence, sentences);
            if (_pending.Length == 0) break;
        }
        return sentences;
    }

    /// <summary>
    /// Merges a too-short sentence into the next one and splits a too-long one; after the first clip, joins sentences up
    /// to <see cref="SegmenterOptions.MinClipLength"/>. A character's quoted line is never joined with another sentence:
    /// it is read in that character's voice.
    /// </summary>
    private void Add(string sentence, List<string> into)
    {
        var speaks = Speaks(sentence);
        var tooLongJoined = _carry.Length >= _options.MinLength && _carry.Length + 1 + sentence.Length > _options.MaxLength;
        if (_carry.Length > 0 && (speaks || tooLongJoined))
        {
            Give(_carry, into);
            _carry = "";
        }
        var combined = _carry.Length == 0 ? sentence : _carry + " " + sentence;
        var joinUpTo = speaks ? 0 : _clipGiven ? Math.Max(_options.MinLength, _options.MinClipLength) : _options.MinLength;
        if (combined.Length < joinUpTo)
        {
            _carry = combined;
            return;
        }
        _carry = "";
        Give(combined, into);
    }

    private static bool Speaks(string text) => text.Length > 0 && DialogueVoices.SpeakerOf(text) is not null;

    private void Give(string clip, List<string> into)
    {
        into.AddRange(SplitLong(clip));
        _clipGiven = true;
    }

    /// <summary>
    /// A run of 2 × MaxLength characters without any sentence-ending mark is certainly too long a sentence:
    /// rather than wait for its end, cut it at the last clause boundary (or space) within MaxLength. Depends only
    /// on the text, so the cut is the same however the text arrived.
    /// </summary>
    private int EarlyCut(string s)
    {
        var window = 2 * _options.MaxLength;
        if (s.Length < window) return -1;
        for (var i = 0; i < window; i++)
            if (IsTerminalMark(s[i]) || (s[i] == '\n' && i + 1 < window && s[(i + 1)..window].TrimStart(' ', '\t', '\r').StartsWith('\n')))
                return -1;
        var limit = _options.MaxLength;
        var cut = LastClauseBoundary(s, limit);
        if (cut <= 0) cut = s.LastIndexOf(' ', limit - 1, limit);
        return cut > 0 ? cut : limit;
    }

    private static bool IsTerminalMark(char c) => c is '.' or '?' or '!' or '…' or '。' or '！' or '？';

    private static int LastClauseBoundary(string s, int limit)
    {
        for (var i = Math.Min(limit, s.Length) - 1; i > 0; i--)
            if (IsClauseBoundaryAt(s, i)) return i + 1;
        return -1;
    }

    /// <summary>After a clause mark followed by a space (or an em dash, which needs no space).</summary>
    private static bool IsClauseBoundaryAt(string s, int i) =>
        s[i] == '—' || (s[i] is ';' or ',' or ':' or '–' && i + 1 < s.Length && char.IsWhiteSpace(s[i + 1])
                        && !(s[i] == ':' && i > 0 && char.IsDigit(s[i - 1]) && i + 1 < s.Length && char.IsDigit(s[i + 1])));

    /// <summary>The end (exclusive) of the first sentence that is certainly complete, or -1 to wait for more text.</summary>
    internal static int FindEnd(string s, bool final)
    {
        var wait = final ? s.Length : -1;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '\n')
            {
                var j = SkipBlanks(s, i + 1);
                if (j == s.Length) return final ? i : -1;
                if (s[j] == '\n') return i;
                continue;
            }
            if (c is '.' or '…')
            {
                var k = i;
                while (k < s.Length && s[k] is '.' or '…') k++;
                var ellipsis = c == '…' || k - i >= 2 || s[i..k].Contains('…');
                if (!ellipsis)
                {
                    if (k == s.Length) return wait;
                    if (i > 0 && char.IsDigit(s[i - 1]) && char.IsDigit(s[k])) { i = k - 1; continue; } // 3.14, 10.30
                    if (char.IsLetterOrDigit(s[k])) { i = k - 1; continue; } // e.g, a.m, www.example
                    if (IsAbbreviationBefore(s, i) || IsListNumberBefore(s, i)) { i = k - 1; continue; }
                }
                var e = SkipClosers(s, k);
                if (e == s.Length) return wait;
                if (!char.IsWhiteSpace(s[e])) { i = e - 1; continue; }
                var next = NextWordStart(s, e, out var paragraph);
                if (paragraph) return e;
                if (next == s.Length) return wait;
                if (!IsSentenceStart(s[next])) { i = e - 1; continue; }
                if (e > k && HasQuote(s, k, e))
                {
                    var attribution = IsAttribution(s, next, final);
                    if (attribution is null) return wait;
                    if (attribution.Value) { i = e - 1; continue; } // "Go home." Tom said.
                }
                return e;
            }
            if (c is '?' or '!')
            {
                var k = i;
                while (k < s.Length && s[k] is '?' or '!') k++;
                var e = SkipClosers(s, k);
                if (e == s.Length) return wait;
                if (!char.IsWhiteSpace(s[e])) { i = e - 1; continue; }
                if (e == k) return e; // "Where? Here." and "Run! now" close at once
                var next = NextWordStart(s, e, out var paragraph);
                if (paragraph) return e;
                if (next == s.Length) return wait;
                if (char.IsLower(s[next])) { i = e - 1; continue; } // "Where?" she asked.
                var attribution = IsAttribution(s, next, final);
                if (attribution is null) return wait;
                if (attribution.Value) { i = e - 1; continue; } // "Here!" Tom replied.
                return e;
            }
            if (c is '。' or '！' or '？')
            {
                var k = i;
                while (k < s.Length && s[k] is '。' or '！' or '？' or '!' or '?') k++;
                var e = SkipClosers(s, k);
                if (e == s.Length) return wait;
                return e;
            }
        }
        return final && s.Length > 0 ? s.Length : -1;
    }

    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "asked", "asks", "whispered", "shouted", "replied", "called", "cried", "murmured", "answered",
        "added", "muttered", "laughed", "yelled", "exclaimed", "breathed", "sang", "told", "began", "gasped",
    };

    private static bool HasQuote(string s, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (s[i] is '”' or '"' or '’' or '\'' or '»' or '」' or '』') return true;
        return false;
    }

    /// <summary>
    /// Whether the words at <paramref name="i"/> are a speech attribution ("Tom replied", "Mira said") that belongs
    /// to the quote before it; null when the text ends before that is known.
    /// </summary>
    private static bool? IsAttribution(string s, int i, bool final)
    {
        var nameEnd = i;
        while (nameEnd < s.Length && (char.IsLetter(s[nameEnd]) || s[nameEnd] is '\'' or '-')) nameEnd++;
        if (nameEnd == s.Length) return final ? false : null;
        var verbStart = nameEnd;
        while (verbStart < s.Length && s[verbStart] == ' ') verbStart++;
        if (verbStart == s.Length) return final ? false : null;
        if (verbStart == nameEnd) return false;
        var verbEnd = verbStart;
        while (verbEnd < s.Length && char.IsLetter(s[verbEnd])) verbEnd++;
        if (verbEnd == s.Length) return final ? SpeechVerbs.Contains(s[verbStart..verbEnd]) : null;
        return SpeechVerbs.Contains(s[verbStart..verbEnd]);
    }

    /// <summary>"1." at the start of a line is a list number, not a sentence.</summary>
    private static bool IsListNumberBefore(string s, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsDigit(s[start - 1])) start--;
        if (start == dot) return false;
        var before = start - 1;
        while (before >= 0 && s[before] is ' ' or '\t') before--;
        return before < 0 || s[before] == '\n';
    }

    private static int SkipBlanks(string s, int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\r') i++;
        return i;
    }

    private static int SkipClosers(string s, int i)
    {
        while (i < s.Length && IsCloser(s[i])) i++;
        return i;
    }

    private static bool IsCloser(char c) => c is '”' or '"' or '’' or '\'' or ')' or ']' or '»' or '」' or '』' or '）' or '*' or '_';

    private static bool IsOpener(char c) => c is '“' or '"' or '‘' or '\'' or '(' or '[' or '«' or '「' or '『' or '*' or '_' or '—' or '-';

    /// <summary>Skips whitespace and opening quotes; tells whether a blank line was crossed.</summary>
    private static int NextWordStart(string s, int i, out bool paragraph)
    {
        var newlines = 0;
        while (i < s.Length && char.IsWhiteSpace(s[i]))
        {
            if (s[i] == '\n') newlines++;
            i++;
        }
        paragraph = newlines >= 2;
        while (i < s.Length && IsOpener(s[i])) i++;
        return i;
    }

    private static bool IsSentenceStart(char c) => char.IsUpper(c) || (char.IsLetter(c) && !char.IsLower(c));

    /// <summary>Mr. Dr. St. e.g. i.e. vs. and single-letter initials (J. R. R. Tolkien) do not end sentences.</summary>
    private static bool IsAbbreviationBefore(string s, int dot)
    {
        var start = dot;
        while (start > 0 && (char.IsLetter(s[start - 1]) || s[start - 1] == '.')) start--;
        var word = s[start..dot].TrimStart('.');
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true;
        return NeverEnds.Contains(word.ToLowerInvariant());
    }

    /// <summary>One line, single spaces, no markdown emphasis; empty when nothing speakable is left.</summary>
    internal static string Clean(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        var space = false;
        foreach (var c in raw)
        {
            if (c == '*') continue;
            if (char.IsWhiteSpace(c)) { space = sb.Length > 0; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(c);
        }
        var text = sb.ToString();
        return text.Any(char.IsLetterOrDigit) ? text : "";
    }

    /// <summary>Splits a sentence longer than MaxLength at the clause boundary nearest its middle (a space if none), recursively.</summary>
    internal IEnumerable<string> SplitLong(string sentence)
    {
        if (sentence.Length <= _options.MaxLength) return [sentence];
        var middle = sentence.Length / 2;
        var best = -1;
        for (var i = 1; i < sentence.Length - 1; i++)
            if (IsClauseBoundaryAt(sentence, i) && (best < 0 || Math.Abs(i + 1 - middle) < Math.Abs(best - middle))) best = i + 1;
        if (best < 0)
        {
            var before = sentence.LastIndexOf(' ', middle);
            var after = sentence.IndexOf(' ', middle);
            best = before < 0 ? after : after < 0 ? before : (middle - before <= after - middle ? before : after);
        }
        if (best <= 0 || best >= sentence.Length) return [sentence];
        var head = sentence[..best].Trim();
        var tail = sentence[best..].Trim();
        if (head.Length == 0 || tail.Length == 0) return [sentence];
        return SplitLong(head).Concat(SplitLong(tail));
    }
}

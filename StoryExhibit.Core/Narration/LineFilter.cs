using System.Text;

namespace StoryExhibit.Core.Narration;

/// <summary>
/// First stage of the segmenter: drops lines that are not prose (markdown headings such as
/// "### What happens next?" and a closing "THE END"), replacing each with a paragraph break so the
/// sentence before it ends. Works on a stream: a line's start is held back only while it could
/// still turn out to be such a line.
/// </summary>
internal sealed class LineFilter
{
    private const string TheEnd = "THE END";
    private readonly StringBuilder _hold = new();
    private bool _atLineStart = true;
    private bool _dropping;

    public void Push(string delta, StringBuilder output)
    {
        foreach (var c in delta) Feed(c, output);
    }

    /// <summary>End of the stream: a held line start is either dropped or passed on.</summary>
    public void Complete(StringBuilder output)
    {
        if (_atLineStart && !_dropping && Classify(_hold.ToString()) != LineKind.TheEnd) output.Append(_hold);
        _hold.Clear();
        _dropping = false;
        _atLineStart = true;
    }

    private void Feed(char c, StringBuilder output)
    {
        if (_dropping)
        {
            if (c == '\n') { _dropping = false; _atLineStart = true; }
            return;
        }
        if (!_atLineStart)
        {
            output.Append(c);
            if (c == '\n') _atLineStart = true;
            return;
        }
        if (c == '\n')
        {
            if (Classify(_hold.ToString()) == LineKind.TheEnd)
            {
                // A complete heading or THE END line: gone, but it still separates paragraphs.
                _hold.Clear();
                output.Append("\n\n");
                return;
            }
            output.Append(_hold).Append(c);
            _hold.Clear();
            return;
        }
        _hold.Append(c);
        switch (Classify(_hold.ToString()))
        {
            case LineKind.Heading:
                _hold.Clear();
                _dropping = true;
                _atLineStart = false;
                output.Append("\n\n");
                break;
            case LineKind.Prose:
                output.Append(_hold);
                _hold.Clear();
                _atLineStart = false;
                break;
        }
    }

    private enum LineKind { Undecided, Prose, Heading, TheEnd }

    /// <summary>What a line is, judging by its start so far.</summary>
    private static LineKind Classify(string start)
    {
        var s = start.TrimStart(' ', '\t', '\r', '*', '_');
        if (s.Length == 0) return LineKind.Undecided;
        if (s[0] == '#') return LineKind.Heading;
        // "THE END", maybe dressed up ("THE END.", "*THE END*"); anything else after it makes it prose ("THE ENDLESS sea").
        if (s.StartsWith(TheEnd, StringComparison.Ordinal))
            return s[TheEnd.Length..].All(ch => ch is '.' or '!' or '*' or '_' or ' ' or '\t' or '\r') ? LineKind.TheEnd : LineKind.Prose;
        return TheEnd.StartsWith(s, StringComparison.Ordinal) ? LineKind.Undecided : LineKind.Prose;
    }
}

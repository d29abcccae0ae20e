using System.Text;
using System.Text.RegularExpressions;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Writer;

/// <summary>
/// The outline as text, the form both the model and the offline writer answer in (so the page can stream it):
/// "Title: ...", "Premise: ...", then one "N. Chapter title | what happens" a line. Reading is forgiving of a model's habits.
/// </summary>
public static partial class OutlineText
{
    public static string Write(WriterOutline outline)
    {
        var text = new StringBuilder();
        text.Append("Title: ").Append(outline.Title).Append('\n');
        text.Append("Premise: ").Append(outline.Premise).Append("\n\n");
        for (var i = 0; i < outline.Chapters.Count; i++)
            text.Append(i + 1).Append(". ").Append(outline.Chapters[i].Title).Append(" | ").Append(outline.Chapters[i].Summary).Append('\n');
        return text.ToString();
    }

    public static WriterOutline Read(string text)
    {
        string title = "", premise = "";
        var chapters = new List<OutlineChapter>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim().Trim('*', '#', ' ');
            if (line.Length == 0) continue;
            if (Labelled("Title", line) is { } t) title = t;
            else if (Labelled("Premise", line) is { } p) premise = p;
            else if (ChapterLine().Match(line) is { Success: true } m)
            {
                var body = m.Groups[1].Value;
                var split = SplitPoint(body);
                chapters.Add(split < 0
                    ? new OutlineChapter(Clean(body), "")
                    : new OutlineChapter(Clean(body[..split]), Clean(body[(split + 1)..].TrimStart('-', '—', '–', ' '))));
            }
            else if (chapters.Count == 0 && title.Length > 0 && premise.Length > 0) premise += " " + line;
        }
        return new WriterOutline { Title = Clean(title), Premise = FreeText.Normalize(premise), Chapters = chapters };
    }

    private static string? Labelled(string label, string line) =>
        line.StartsWith(label, StringComparison.OrdinalIgnoreCase) && line.Length > label.Length && line[label.Length] is ':'
            ? line[(label.Length + 1)..].Trim(' ', '*') : null;

    private static int SplitPoint(string body)
    {
        foreach (var mark in new[] { " | ", " — ", " – ", " - ", ": " })
            if (body.IndexOf(mark, StringComparison.Ordinal) is var i and > 0) return i + (mark == ": " ? 0 : 1);
        return body.IndexOf('|');
    }

    private static string Clean(string text) => FreeText.Normalize(text.Trim(' ', '*', '"', '“', '”', '|', ':'));

    [GeneratedRegex(@"^(?:Chapter\s+)?\d{1,2}[.):]\s*(.+)$", RegexOptions.IgnoreCase)] private static partial Regex ChapterLine();
}

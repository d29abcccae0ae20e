using Markdig;
using Markdig.Syntax;

namespace StoryExhibit.Core.Text;

/// <summary>
/// A scene's own title: a Markdown heading on its first line (the writer stores each chapter so: "## Chapter 2: The
/// Storm"). Pages and exports show it as the scene's heading, as plain words, and the prose without it.
/// </summary>
public static class SceneTitle
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    /// <summary>The prose's leading title as plain text (links keep their words), or null; and the prose after it.</summary>
    public static (string? Title, string Body) Split(string prose)
    {
        if (!prose.TrimStart().StartsWith('#')) return (null, prose);
        var document = Markdown.Parse(prose, Pipeline);
        if (document.FirstOrDefault() is not HeadingBlock heading) return (null, prose);
        var title = ProseText.Paragraphs(prose[heading.Span.Start..(heading.Span.End + 1)]).FirstOrDefault();
        return title is null ? (null, prose) : (title, prose[(heading.Span.End + 1)..].TrimStart('\r', '\n'));
    }

    /// <summary>How a title is stored at the head of its prose: a level-2 Markdown heading whose words stay words (no emphasis, links or entities).</summary>
    public static string AsMarkdown(string title)
    {
        var escaped = new System.Text.StringBuilder("## ");
        foreach (var c in FreeText.Normalize(title))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '~' or '&' or '!' or '<') escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}

using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StoryExhibit.Core.Text;

/// <summary>
/// Scene prose (written by a model from a visitor's words) as HTML. Prose is never trusted: raw HTML is shown as text,
/// and links, images and autolinks become their plain text, so nothing in a scene can run a script, take a reader
/// elsewhere or make the browser fetch an address. Emphasis, paragraphs and the other plain CommonMark blocks remain.
/// </summary>
public static class ProseHtml
{
    public const int MinHeadingLevel = 3;
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        // The page's h1 is the story's title and h2 each scene's heading: a heading in the prose sits below them.
        foreach (var heading in document.Descendants<HeadingBlock>()) heading.Level = Math.Max(heading.Level, MinHeadingLevel);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.ObjectRenderers.Replace<LinkInlineRenderer>(new LinkAsText());
        renderer.ObjectRenderers.Replace<AutolinkInlineRenderer>(new AutolinkAsText());
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>A link shows its words (emphasis kept); an image shows its description as bare text.</summary>
    private sealed class LinkAsText : HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            if (!link.IsImage)
            {
                renderer.WriteChildren(link);
                return;
            }
            var html = renderer.EnableHtmlForInline;
            renderer.EnableHtmlForInline = false;
            renderer.WriteChildren(link);
            renderer.EnableHtmlForInline = html;
        }
    }

    /// <summary><c>&lt;https://example.com&gt;</c> shows the address as text.</summary>
    private sealed class AutolinkAsText : HtmlObjectRenderer<AutolinkInline>
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link) => renderer.WriteEscape(link.Url);
    }
}

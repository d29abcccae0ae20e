using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using System.Text;

namespace StoryExhibit.Core.Text;

/// <summary>
/// Scene prose (Markdown from a model) as plain paragraphs, for places that draw text rather than HTML (a PDF page):
/// emphasis is dropped, a link or an image keeps only its words, raw HTML stays as the text it is.
/// </summary>
public static class ProseText
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static IReadOnlyList<string> Paragraphs(string markdown)
    {
        var paragraphs = new List<string>();
        foreach (var block in Markdown.Parse(markdown, Pipeline).Descendants<LeafBlock>())
        {
            var text = new StringBuilder();
            if (block.Inline is { } inline) AppendInlines(inline, text);
            else foreach (var line in block.Lines.Lines.Take(block.Lines.Count)) text.Append(line.Slice.ToString()).Append(' ');
            var paragraph = FreeText.Normalize(text.ToString());
            if (paragraph.Length > 0) paragraphs.Add(paragraph);
        }
        return paragraphs;
    }

    private static void AppendInlines(ContainerInline container, StringBuilder text)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.ToString()); break;
                case CodeInline code: text.Append(code.Content); break;
                case AutolinkInline link: text.Append(link.Url); break;
                case HtmlInline html: text.Append(html.Tag); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.ToString()); break;
                case LineBreakInline: text.Append(' '); break;
                case ContainerInline children: AppendInlines(children, text); break;
            }
        }
    }
}

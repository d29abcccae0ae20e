using System.Net;
using System.Text;
using System.Xml;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Exports;

/// <summary>
/// The markup of a book's parts, shared by the EPUB (XHTML) and the web page (HTML): well-formed XML either way. Every
/// text is escaped here; prose goes through <see cref="ProseHtml"/>, so its HTML, links and images stay words.
/// </summary>
public static class BookMarkup
{
    /// <summary>The book's look: a readable serif column, pictures across it.</summary>
    public const string Css = """
        body { font-family: "Noto Serif", "DejaVu Serif", Georgia, serif; line-height: 1.6; color: #222; background: #fffdf8; margin: 0 auto; max-width: 40em; padding: 1.5em; }
        h1 { font-size: 1.9em; line-height: 1.2; margin: 1.5em 0 0.3em; }
        h2 { font-size: 1.4em; margin: 2em 0 0.3em; }
        .subtitle, .choice, .credits { font-style: italic; color: #555; }
        .credits { margin-top: 3em; font-size: 0.85em; text-align: center; }
        figure { margin: 1em 0; }
        img { display: block; max-width: 100%; height: auto; margin: 0 auto; border-radius: 4px; }
        """;

    /// <summary>Text as element content or an attribute value: escaped, and without characters XML cannot hold.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(XmlSafe(text ?? ""));

    /// <summary>The text without characters that are not allowed in XML (controls, lone surrogates).</summary>
    public static string XmlSafe(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            if (XmlConvert.IsXmlChar(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>One chapter's content: heading, the choice that led there, its picture (at <paramref name="pictureSource"/>) and its prose.</summary>
    public static string Chapter(BookChapter chapter, string? pictureSource)
    {
        var html = new StringBuilder();
        html.Append("<h2 id=\"chapter-").Append(chapter.Number).Append("\">").Append(Escape(chapter.Heading)).Append("</h2>\n");
        if (chapter.ChosenToGetHere is { Length: > 0 } choice)
            html.Append("<p class=\"choice\">You chose: ").Append(Escape(choice)).Append("</p>\n");
        if (pictureSource is not null)
            html.Append("<figure><img src=\"").Append(Escape(pictureSource)).Append("\" alt=\"").Append(Escape(chapter.Picture?.AltText ?? "")).Append("\"/></figure>\n");
        html.Append(ProseHtml.Render(XmlSafe(chapter.Prose)));
        return html.ToString();
    }

    /// <summary>The title block.</summary>
    public static string TitleBlock(StoryBook book)
        => $"<h1>{Escape(book.Title)}</h1>\n<p class=\"subtitle\">A {Escape(book.Genre.ToLowerInvariant())} story</p>\n";

    public static string CreditsBlock(StoryBook book) => $"<p class=\"credits\">{Escape(book.Credits)}</p>\n";
}

using System.Text;

namespace StoryExhibit.Core.Exports;

/// <summary>
/// A story as one web page that needs nothing else: its style inline, its pictures as data URIs, no script and no
/// outside address. Its own content security policy forbids anything more, should a text ever slip through.
/// </summary>
public sealed class HtmlExporter
{
    public const string MediaType = "text/html";
    private const string Policy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; form-action 'none'; base-uri 'none'";

    public string Render(StoryBook book)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"").Append(Policy).Append("\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<meta name=\"referrer\" content=\"no-referrer\"/>\n")
            .Append("<title>").Append(BookMarkup.Escape(book.Title)).Append("</title>\n<style>\n").Append(BookMarkup.Css).Append("\n</style>\n</head>\n<body>\n<main>\n")
            .Append(BookMarkup.TitleBlock(book));
        foreach (var chapter in book.Chapters)
        {
            var source = chapter.Picture is { } picture ? $"data:{BookPicture.MediaType};base64,{Convert.ToBase64String(picture.Jpeg)}" : null;
            html.Append("<section class=\"chapter\">\n").Append(BookMarkup.Chapter(chapter, source)).Append("</section>\n");
        }
        html.Append(BookMarkup.CreditsBlock(book)).Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    public async Task WriteAsync(StoryBook book, Stream output, CancellationToken ct)
        => await output.WriteAsync(Encoding.UTF8.GetBytes(Render(book)), ct);
}

using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig;
using StoryExhibit.Core.Jobs;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace StoryExhibit.Core.StoryIllustrator;

/// <summary>
/// The plain text of a story file: .txt, .md (its markup removed), .docx and .pdf. Any other type, or a file that is
/// too large or cannot be read, is refused with a <see cref="JobInputException"/> a visitor understands.
/// </summary>
public static class DocumentText
{
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".md", ".docx", ".pdf"];

    /// <summary>What the upload box accepts, for the browser's file picker.</summary>
    public static string Accept => string.Join(",", Extensions);

    /// <summary>The refusal for a file's type, or null when it is one we read.</summary>
    public static string? TypeProblem(string fileName)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        return Extensions.Contains(extension) ? null
            : $"\"{Path.GetFileName(fileName)}\" is not a story file we can read: please choose a .txt, .md, .docx or .pdf file.";
    }

    public static string SizeProblem(long maxBytes) => $"That file is too large: at most {maxBytes / (1024.0 * 1024):0.#} MB, please.";

    public static string Read(string fileName, byte[] bytes, long maxBytes)
    {
        if (TypeProblem(fileName) is { } wrongType) throw new JobInputException(wrongType);
        if (bytes.LongLength > maxBytes) throw new JobInputException(SizeProblem(maxBytes));
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        string text;
        try
        {
            text = extension switch
            {
                ".docx" => ReadDocx(bytes),
                ".pdf" => ReadPdf(bytes),
                ".md" => Markdown.ToPlainText(ReadPlain(bytes)),
                _ => ReadPlain(bytes),
            };
        }
        catch (Exception ex) when (ex is not JobInputException and not OutOfMemoryException)
        {
            throw new JobInputException($"That {extension} file could not be read: it may be damaged, or not really a {extension} file.");
        }
        text = Normalize(text);
        if (text.Length == 0) throw new JobInputException("That file has no text we could find to illustrate.");
        return text;
    }

    private static string ReadPlain(byte[] bytes)
    {
        if (bytes.Contains((byte)0)) throw new InvalidDataException("A text file has no NUL bytes.");
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes.AsSpan(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? 3 : 0));
    }

    private static string ReadDocx(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("The document has no body.");
        return string.Join("\n\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
    }

    private static string ReadPdf(byte[] bytes)
    {
        using var document = PdfDocument.Open(bytes);
        return string.Join("\n\n", document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)));
    }

    /// <summary>Unix line ends, no trailing spaces, at most one empty line between paragraphs.</summary>
    public static string Normalize(string text)
    {
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(l => l.TrimEnd());
        var result = new StringBuilder();
        var blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0) { blank++; continue; }
            if (result.Length > 0) result.Append(blank > 0 ? "\n\n" : "\n");
            result.Append(line);
            blank = 0;
        }
        return result.ToString();
    }
}

using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.Logging;

namespace StoryExhibit.Core.Exports;

public enum ExportFormat { Pdf, Epub, Html }

/// <summary>A finished export: its bytes, the file name to save it under and its media type.</summary>
public sealed record ExportedFile(byte[] Bytes, string FileName, string MediaType);

/// <summary>Takes a story home: reads it by its code and writes it in one of the formats.</summary>
public sealed class StoryExports(StoryBookReader reader, PdfExporter pdf, EpubExporter epub, HtmlExporter html, ILogger<StoryExports> log)
{
    /// <summary>The story as a file, or null for an unknown or malformed code.</summary>
    public async Task<ExportedFile?> ExportAsync(string code, ExportFormat format, CancellationToken ct)
    {
        var book = await reader.ReadAsync(code, ct);
        return book is null ? null : Write(book, format);
    }

    public ExportedFile Write(StoryBook book, ExportFormat format)
    {
        var clock = Stopwatch.StartNew();
        using var output = new MemoryStream();
        switch (format)
        {
            case ExportFormat.Pdf: pdf.Write(book, output); break;
            case ExportFormat.Epub: epub.Write(book, output); break;
            default: output.Write(Encoding.UTF8.GetBytes(html.Render(book))); break;
        }
        var file = new ExportedFile(output.ToArray(), ExportFileNames.For(book.Title, book.Code, Extension(format)), MediaTypeOf(format));
        log.LogInformation("Exported {Format} of {Chapters} chapters: {Bytes} bytes in {ElapsedMs} ms", format, book.Chapters.Count, file.Bytes.Length, clock.ElapsedMilliseconds);
        return file;
    }

    public static string Extension(ExportFormat format) => format switch { ExportFormat.Pdf => "pdf", ExportFormat.Epub => "epub", _ => "html" };

    public static string MediaTypeOf(ExportFormat format) => format switch
    {
        ExportFormat.Pdf => PdfExporter.MediaType,
        ExportFormat.Epub => EpubExporter.MediaType,
        _ => HtmlExporter.MediaType,
    };

    /// <summary>The format for a file extension ("pdf", "epub", "html"), or null.</summary>
    public static ExportFormat? Parse(string? extension) => extension?.ToLowerInvariant() switch
    {
        "pdf" => ExportFormat.Pdf,
        "epub" => ExportFormat.Epub,
        "html" => ExportFormat.Html,
        _ => null,
    };
}

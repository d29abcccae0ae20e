using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Exports;

/// <summary>What an export job takes: the story's code.</summary>
public interface IStoryExportInput
{
    string Code { get; }
}

public sealed record PdfExportInput(string Code) : IStoryExportInput;
public sealed record EpubExportInput(string Code) : IStoryExportInput;
public sealed record HtmlExportInput(string Code) : IStoryExportInput;

/// <summary>An export as a job, for the API and integrations (people download exports directly: they take a second).</summary>
public abstract class StoryExportHandler<TInput>(StoryExports exports, StoryBookReader reader, ExportFormat format) : IJobHandler<TInput>
    where TInput : class, IStoryExportInput
{
    public IReadOnlyList<string> Validate(TInput input)
        => SessionCodes.Normalize(input.Code) is null ? [$"Code: a story code is {SessionCodes.Shape}, like {SessionCodes.Example}."] : [];

    public async Task RunAsync(TInput input, JobRun run, CancellationToken ct)
    {
        await run.ReportAsync(0, "Reading the story");
        var book = await reader.ReadAsync(input.Code, ct) ?? throw new JobInputException("No story was found for that code.");
        if (book.Chapters.Count == 0) throw new JobInputException("That story has no scenes yet.");
        ct.ThrowIfCancellationRequested();
        await run.ReportAsync(0.5, $"Writing the {StoryExports.Extension(format).ToUpperInvariant()}");
        var file = exports.Write(book, format);
        await File.WriteAllBytesAsync(Path.Combine(run.Folder, file.FileName), file.Bytes, ct);
        run.AddFile(file.FileName, file.MediaType);
        await run.ReportAsync(1, "Ready to download");
    }
}

public sealed class PdfExportHandler(StoryExports exports, StoryBookReader reader) : StoryExportHandler<PdfExportInput>(exports, reader, ExportFormat.Pdf);
public sealed class EpubExportHandler(StoryExports exports, StoryBookReader reader) : StoryExportHandler<EpubExportInput>(exports, reader, ExportFormat.Epub);
public sealed class HtmlExportHandler(StoryExports exports, StoryBookReader reader) : StoryExportHandler<HtmlExportInput>(exports, reader, ExportFormat.Html);

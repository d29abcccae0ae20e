using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Exports;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Writer;
using StoryExhibit.Tests.Core.Exports;

namespace StoryExhibit.Tests.Core.Writer;

/// <summary>A written story taken home: each chapter's title is the chapter's heading in every format, said once.</summary>
public sealed class WrittenBookTests : IAsyncLifetime
{
    private WriterHost _host = null!;
    private readonly string _pdf = ExportBooks.TempFile("pdf");

    public async Task InitializeAsync() => _host = await WriterHost.StartAsync();

    public async Task DisposeAsync()
    {
        File.Delete(_pdf);
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Chapter_titles_are_the_headings_of_the_book_the_page_and_the_pdf()
    {
        var outline = await _host.OutlineAsync(WriterHost.Sample);
        var run = new JobRun(Guid.NewGuid(), _host.Folder, (_, _) => Task.CompletedTask);
        await _host.Handler.RunAsync(new WriterJobInput(WriterHost.Sample, outline), run, default);
        var story = await _host.Store.GetAsync(run.StoryId!.Value, default);
        var book = await _host.Services.GetRequiredService<StoryBookReader>().ReadAsync(story!.SessionCode, default);

        var first = book!.Chapters[0];
        var title = $"Chapter 1: {outline.Chapters[0].Title}";
        Assert.Equal(title, first.Heading);
        Assert.DoesNotContain("Chapter 1", first.Prose, StringComparison.Ordinal);

        var html = new HtmlExporter().Render(book);
        Assert.Contains($">{System.Net.WebUtility.HtmlEncode(title)}</h2>", html);
        Assert.Equal(1, html.Split(System.Net.WebUtility.HtmlEncode(title)).Length - 1);

        await using (var output = File.Create(_pdf)) new PdfExporter().Write(book, output);
        var (_, text) = await ExportBooks.RunAsync("pdftotext", _pdf, "-");
        var flat = ExportBooks.Flat(text);
        Assert.Contains(ExportBooks.Flat(title), flat);
        Assert.DoesNotContain("Chapter 1 Chapter 1", flat);
    }
}

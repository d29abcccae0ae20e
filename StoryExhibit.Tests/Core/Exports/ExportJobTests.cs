using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core;
using StoryExhibit.Core.Exports;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using static StoryExhibit.Tests.Core.Exports.ExportBooks;

namespace StoryExhibit.Tests.Core.Exports;

/// <summary>The export job kinds run on their own with a <see cref="JobRun"/>, on a story stored in SQLite with a painted picture.</summary>
public sealed class ExportJobTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-exports-").FullName;
    private ServiceProvider _services = null!;
    private List<IHostedService> _hosted = [];

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(_folder, "stories.db")}",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddStoryExhibitCore(configuration).BuildServiceProvider();
        _hosted = _services.GetServices<IHostedService>().ToList();
        foreach (var hosted in _hosted) await hosted.StartAsync(default);
    }

    /// <summary>A story whose first scene branches two ways; the visitor is on the second branch, and the first scene has a picture.</summary>
    private async Task<Story> BranchedStoryAsync()
    {
        var store = _services.GetRequiredService<StoryStore>();
        var story = await _services.GetRequiredService<StoryEngine>().StartAsync(new StorySeed { Prompt = "A lighthouse keeper", Genre = "Mystery" }, default);
        var first = new Scene { StoryId = story.Id, Number = 1, Prose = "The keeper climbed the stairs.", State = SceneState.Complete };
        first.Choices = [new Choice { SceneId = first.Id, Position = 0, Text = "Open the left door" }, new Choice { SceneId = first.Id, Position = 1, Text = "Open the right door" }];
        await store.AddSceneAsync(first, default);
        await store.AddSceneAsync(new Scene { StoryId = story.Id, ParentId = first.Id, ViaChoiceId = first.Choices[0].Id, Number = 2, Prose = "Behind the left door lay the sea.", State = SceneState.Complete }, default);
        await store.AddSceneAsync(new Scene { StoryId = story.Id, ParentId = first.Id, ViaChoiceId = first.Choices[1].Id, Number = 2, Prose = "Behind the right door sang the echoes.", State = SceneState.Complete, IsEnding = true }, default);
        var illustrations = _services.GetRequiredService<SceneIllustrations>();
        var picture = await illustrations.RequestAsync(story, first, default);
        for (var i = 0; i < 400 && (await illustrations.FindAsync(picture.Id, default))!.State != IllustrationState.Ready; i++) await Task.Delay(25);
        return (await store.FindByCodeAsync(story.SessionCode, default))!;
    }

    [Fact]
    public async Task The_pdf_job_writes_the_path_the_visitor_read_with_its_picture()
    {
        var story = await BranchedStoryAsync();
        var folder = Directory.CreateDirectory(Path.Combine(_folder, "job")).FullName;
        var reports = new List<(double, string)>();
        var run = new JobRun(Guid.NewGuid(), folder, (fraction, line) => { reports.Add((fraction, line)); return Task.CompletedTask; });

        await _services.GetRequiredService<IJobHandler<PdfExportInput>>().RunAsync(new PdfExportInput(story.SessionCode.ToLowerInvariant()), run, default);

        var file = Assert.Single(run.Files);
        Assert.Equal(PdfExporter.MediaType, file.MediaType);
        Assert.EndsWith(".pdf", file.Name);
        var path = Path.Combine(folder, file.Name);
        var (_, text) = await RunAsync("pdftotext", path, "-");
        Assert.Contains("The keeper climbed the stairs.", text);
        Assert.Contains("Behind the right door sang the echoes.", text);
        Assert.Contains("You chose: Open the right door", text);
        Assert.DoesNotContain("Behind the left door", text); // a branch the visitor left is not in the book
        var (_, images) = await RunAsync("pdfimages", "-list", path);
        Assert.Single(images.Split('\n'), line => line.Contains(" jpeg ", StringComparison.Ordinal));
        Assert.Equal(1.0, reports[^1].Item1);
    }

    [Fact]
    public async Task Epub_and_html_jobs_add_their_files_and_a_wrong_code_is_refused()
    {
        var story = await BranchedStoryAsync();
        var epubRun = new JobRun(Guid.NewGuid(), Directory.CreateDirectory(Path.Combine(_folder, "epub")).FullName, (_, _) => Task.CompletedTask);
        await _services.GetRequiredService<IJobHandler<EpubExportInput>>().RunAsync(new EpubExportInput(story.SessionCode), epubRun, default);
        Assert.Equal(EpubExporter.MediaType, Assert.Single(epubRun.Files).MediaType);
        var (code, report) = await EpubcheckAsync(Path.Combine(epubRun.Folder, epubRun.Files[0].Name));
        Assert.True(code == 0, report);

        var html = _services.GetRequiredService<IJobHandler<HtmlExportInput>>();
        var htmlRun = new JobRun(Guid.NewGuid(), Directory.CreateDirectory(Path.Combine(_folder, "html")).FullName, (_, _) => Task.CompletedTask);
        await html.RunAsync(new HtmlExportInput(story.SessionCode), htmlRun, default);
        Assert.Contains("Behind the right door sang the echoes.", await File.ReadAllTextAsync(Path.Combine(htmlRun.Folder, htmlRun.Files[0].Name)));

        Assert.Contains("three words and five digits", Assert.Single(html.Validate(new HtmlExportInput("not a code"))));
        Assert.Empty(html.Validate(new HtmlExportInput(story.SessionCode)));
        var missing = await Assert.ThrowsAsync<JobInputException>(() => html.RunAsync(new HtmlExportInput("OTTER-LANTERN-MANGO-00000"), htmlRun, default));
        Assert.Equal("No story was found for that code.", missing.Message);
        Assert.Contains(_services.GetServices<JobKind>(), k => k.Name == JobKinds.Pdf && k.InputType == typeof(PdfExportInput));
    }

    public async Task DisposeAsync()
    {
        foreach (var hosted in _hosted) await hosted.StopAsync(default);
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

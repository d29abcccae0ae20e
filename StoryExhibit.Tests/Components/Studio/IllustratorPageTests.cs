using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Tests.Components.Jobs;
using StoryExhibit.Core.StoryIllustrator;
using StoryExhibit.Tests.Core.StoryIllustrator;
using StoryExhibit.Web.Components.Studio.Illustrator;

namespace StoryExhibit.Tests.Components.Studio;

/// <summary>The illustrator page on the real uploads store and a fake job system.</summary>
public sealed class IllustratorPageTests : ComponentTestContext
{
    private readonly FakeJobs _jobs = new();

    public IllustratorPageTests()
    {
        Services.AddStorySessionForTests();
        Services.AddSingleton<IJobs>(_jobs);
    }

    private IllustratorInput StartedInput() => Assert.IsType<IllustratorInput>(Assert.Single(_jobs.Started).Input);

    private static void ChooseTab(IRenderedComponent<IllustratorPage> cut, string name) =>
        cut.FindAll(".mud-tab").Single(t => t.TextContent.Contains(name)).Click();

    [Fact]
    public void Typed_text_starts_an_illustrator_job_for_this_visitor_and_shows_its_progress()
    {
        var cut = Render<IllustratorPage>();

        cut.Find("#illustrator-text").Input(IllustratorHandlerTests.Story);
        cut.Find("#illustrator-pictures").Change("3");
        cut.Find("button.illustrate").Click();

        var started = Assert.Single(_jobs.Started);
        Assert.Equal(JobKinds.Illustrator, started.Kind);
        Assert.Equal(JobOwnerKind.Visitor, started.Owner.Kind);
        var input = StartedInput();
        Assert.Equal(IllustratorHandlerTests.Story, input.Text);
        Assert.Null(input.Url);
        Assert.Null(input.UploadName);
        Assert.Equal((ArtStyle.Storybook, PictureAspect.Wide, PictureQuality.Standard, 3), (input.Style, input.Aspect, input.Quality, input.MaxPictures));
        cut.WaitForAssertion(() => Assert.Equal("Waiting for its turn…", cut.Find(".job-state").TextContent));
        Assert.True(cut.Find("button.illustrate").HasAttribute("disabled"));
    }

    [Fact]
    public void The_finished_pictures_are_shown_one_by_one_with_captions_and_a_zip()
    {
        var folder = Directory.CreateTempSubdirectory("illustrator-page-").FullName;
        var scenes = new[]
        {
            new PaintedScene(1, "picture-01.svg", "picture-01.jpg", "The fox ran across the river.", "A storybook illustration of a fox"),
            new PaintedScene(2, "picture-02.svg", "picture-02.jpg", "<b>Mira</b> climbed the tower.", "A storybook illustration of a tower"),
        };
        File.WriteAllText(Path.Combine(folder, IllustrationArchive.ScenesFile), JsonSerializer.Serialize(scenes, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
        _jobs.FilePaths[IllustrationArchive.ScenesFile] = Path.Combine(folder, IllustrationArchive.ScenesFile);
        var cut = Render<IllustratorPage>();
        cut.Find("#illustrator-text").Input(IllustratorHandlerTests.Story);
        cut.Find("button.illustrate").Click();

        _jobs.Push(_jobs.Snapshot(JobState.Running, 0.5, "Painting scene 2 of 2"));
        cut.WaitForAssertion(() => Assert.Equal("Painting scene 2 of 2", cut.Find(".job-state").TextContent));
        _jobs.Push(_jobs.Snapshot(JobState.Succeeded, 1, "2 pictures painted."));

        cut.WaitForAssertion(() => Assert.Equal("The fox ran across the river.", cut.Find("figcaption").TextContent));
        var id = _jobs.LastId;
        Assert.Equal($"/jobs/{id}/files/picture-01.svg", cut.Find("img.picture").GetAttribute("src"));
        Assert.Equal("A storybook illustration of a fox", cut.Find("img.picture").GetAttribute("alt"));
        Assert.Equal("1 of 2", cut.Find(".position").TextContent);
        Assert.Equal($"/jobs/{id}/files/illustrations.zip", cut.Find("a.zip").GetAttribute("href"));
        Assert.True(cut.Find("button.previous").HasAttribute("disabled"));

        // The job's watch loop may still hold the renderer when the click arrives; the click is then handled a moment later.
        cut.Find("button.next").Click();

        cut.WaitForAssertion(() => Assert.Equal("<b>Mira</b> climbed the tower.", cut.Find("figcaption").TextContent));
        Assert.Empty(cut.FindAll("figcaption b"));
        Assert.Equal("2 of 2", cut.Find(".position").TextContent);
        Assert.True(cut.Find("button.next").HasAttribute("disabled"));
        cut.Find("button.previous").Click();
        cut.WaitForAssertion(() => Assert.Equal("1 of 2", cut.Find(".position").TextContent));
        Assert.False(cut.Find("button.illustrate").HasAttribute("disabled"));
    }

    [Fact]
    public void An_uploaded_docx_is_stored_on_the_server_read_at_once_and_its_stored_name_starts_the_job()
    {
        var cut = Render<IllustratorPage>();
        ChooseTab(cut, "File");
        var docx = StoryFiles.Docx(StoryFiles.FirstParagraph, StoryFiles.SecondParagraph);

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(docx, "My story.docx"));

        cut.WaitForAssertion(() => Assert.Contains($"My story.docx: {StoryFiles.FirstParagraph.Length + 2 + StoryFiles.SecondParagraph.Length} characters read.", cut.Find(".upload-done").TextContent));
        Assert.DoesNotContain("base64", cut.Markup);
        cut.Find("button.illustrate").Click();
        var input = StartedInput();
        Assert.Null(input.Text);
        var stored = Path.Combine(Services.GetRequiredService<IllustratorUploads>().Folder, input.UploadName!);
        Assert.Equal(docx, File.ReadAllBytes(stored));
    }

    [Theory]
    [InlineData("song.mp3", 100, "is not a story file we can read")]
    [InlineData("huge.txt", 6 * 1024 * 1024, "That file is too large: at most 5 MB, please.")]
    [InlineData("broken.pdf", 100, "That .pdf file could not be read")]
    public void A_wrong_oversized_or_broken_file_is_refused_with_a_clear_message_and_starts_nothing(string name, int bytes, string message)
    {
        var cut = Render<IllustratorPage>();
        ChooseTab(cut, "File");

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(new byte[bytes], name));

        cut.WaitForAssertion(() => Assert.Contains(message, cut.Find(".upload-problem").TextContent));
        cut.Find("button.illustrate").Click();
        // The click's handler may finish after Click returns on a busy machine: its message is waited for.
        cut.WaitForAssertion(() => Assert.Contains("File: choose a story file first.", cut.Find(".illustrator-problems").TextContent));
        Assert.Empty(_jobs.Started);
    }

    [Fact]
    public void A_web_address_starts_the_job_with_the_url()
    {
        var cut = Render<IllustratorPage>();
        ChooseTab(cut, "Web address");

        cut.Find("#illustrator-url").Input(" https://example.com/story ");
        cut.Find("button.illustrate").Click();

        Assert.Equal("https://example.com/story", StartedInput().Url);
    }

    [Fact]
    public void Refusals_from_the_job_system_are_shown()
    {
        _jobs.Refusal = new JobInputException("Story: give the story as text, as a file or as a web address (one of the three).");
        var cut = Render<IllustratorPage>();

        cut.Find("button.illustrate").Click();

        Assert.Contains("Story: give the story as text", cut.Find(".illustrator-problems").TextContent);
        Assert.Empty(cut.FindAll(".job-progress"));
    }
}

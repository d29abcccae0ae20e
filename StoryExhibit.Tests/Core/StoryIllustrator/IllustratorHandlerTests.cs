using System.IO.Compression;
using System.Text;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.StoryIllustrator;

namespace StoryExhibit.Tests.Core.StoryIllustrator;

/// <summary>The illustrator job run on its own with <c>new JobRun(...)</c>, painting offline.</summary>
public sealed class IllustratorHandlerTests : IDisposable
{
    private readonly IllustratorTestHost _host = new();
    private readonly List<(double Fraction, string Line)> _reports = [];

    public void Dispose() => _host.Dispose();

    public const string Story = """
        The red fox ran across the frozen river under a golden moon, past the sleeping village.

        Mira wondered what it meant. She thought about it for a long time.

        Mira climbed the crumbling tower in the storm and held up her lantern over the dark sea.

        * * *

        At dawn Mira sailed the little boat past the misty island where a white whale rose from the waves.
        """;

    private JobRun NewRun() => new(Guid.NewGuid(), _host.NewJobFolder(), (fraction, line) =>
    {
        lock (_reports) _reports.Add((fraction, line));
        return Task.CompletedTask;
    });

    [Fact]
    public async Task Typed_text_becomes_pictures_with_raster_copies_and_a_zip_with_captions()
    {
        var run = NewRun();

        await _host.Handler.RunAsync(new IllustratorInput { Text = Story, Style = ArtStyle.Watercolour, MaxPictures = 3 }, run, CancellationToken.None);

        var names = run.Files.Select(f => f.Name).ToList();
        Assert.Equal(["picture-01.svg", "picture-01.jpg", "picture-02.svg", "picture-02.jpg", "picture-03.svg", "picture-03.jpg",
            IllustrationArchive.CaptionsFile, IllustrationArchive.ScenesFile, IllustrationArchive.ZipFile], names);
        Assert.All(run.Files, f => Assert.True(File.Exists(Path.Combine(run.Folder, f.Name)) && f.Bytes > 0));
        Assert.Equal("image/jpeg", run.Files.Single(f => f.Name == "picture-01.jpg").MediaType);

        using var zip = ZipFile.OpenRead(Path.Combine(run.Folder, IllustrationArchive.ZipFile));
        Assert.Equal(names.Take(7).Order(), zip.Entries.Select(e => e.FullName).Order());
        using var captions = new StreamReader(zip.GetEntry(IllustrationArchive.CaptionsFile)!.Open(), Encoding.UTF8);
        var text = await captions.ReadToEndAsync();
        Assert.Contains("1. picture-01.svg", text);
        Assert.Contains("The red fox ran across the frozen river", text);
        Assert.Contains("white whale", text);
        Assert.DoesNotContain("wondered", text);
        var jpeg = new byte[3];
        await using (var entry = zip.GetEntry("picture-02.jpg")!.Open()) await entry.ReadExactlyAsync(jpeg);
        Assert.Equal(new byte[] { 0xFF, 0xD8, 0xFF }, jpeg);

        var scenes = IllustrationArchive.ReadScenes(Path.Combine(run.Folder, IllustrationArchive.ScenesFile));
        Assert.Equal(["picture-01.jpg", "picture-02.jpg", "picture-03.jpg"], scenes.Select(s => s.RasterFile));
        Assert.All(scenes, s => Assert.False(string.IsNullOrWhiteSpace(s.AltText)));
    }

    [Fact]
    public async Task Progress_moves_forward_scene_by_scene_to_the_end()
    {
        await _host.Handler.RunAsync(new IllustratorInput { Text = Story, MaxPictures = 2 }, NewRun(), CancellationToken.None);

        Assert.Equal(_reports.Select(r => r.Fraction).Order(), _reports.Select(r => r.Fraction));
        Assert.Contains(_reports, r => r.Line == "Painting scene 2 of 2");
        Assert.Equal(1, _reports[^1].Fraction);
    }

    [Theory]
    [InlineData(PictureAspect.Wide, PictureQuality.Draft, "width=\"960\" height=\"540\"")]
    [InlineData(PictureAspect.Portrait, PictureQuality.Draft, "width=\"720\" height=\"960\"")]
    [InlineData(PictureAspect.Square, PictureQuality.Standard, "width=\"1600\" height=\"1600\"")]
    public async Task Aspect_and_quality_set_the_picture_size(PictureAspect aspect, PictureQuality quality, string size)
    {
        var run = NewRun();

        await _host.Handler.RunAsync(new IllustratorInput { Text = Story, Aspect = aspect, Quality = quality, MaxPictures = 1 }, run, CancellationToken.None);

        Assert.Contains(size, await File.ReadAllTextAsync(Path.Combine(run.Folder, "picture-01.svg")));
    }

    [Fact]
    public async Task An_uploaded_docx_is_illustrated()
    {
        await using var upload = new MemoryStream(StoryFiles.Docx(StoryFiles.FirstParagraph, "He thought about it.", StoryFiles.SecondParagraph));
        var stored = await _host.Uploads.SaveAsync("My Story.docx", upload, CancellationToken.None);
        var run = NewRun();

        await _host.Handler.RunAsync(new IllustratorInput { UploadName = stored, MaxPictures = 4 }, run, CancellationToken.None);

        var scenes = IllustrationArchive.ReadScenes(Path.Combine(run.Folder, IllustrationArchive.ScenesFile));
        Assert.Equal([StoryFiles.FirstParagraph, StoryFiles.SecondParagraph], scenes.Select(s => s.Caption));
    }

    [Fact]
    public async Task An_upload_over_the_limit_or_of_another_type_is_refused_and_not_kept()
    {
        _host.Options.MaxBytes = 4096;

        var tooLarge = await Assert.ThrowsAsync<JobInputException>(() => _host.Uploads.SaveAsync("big.txt", new MemoryStream(new byte[5000]), CancellationToken.None));
        var wrongType = await Assert.ThrowsAsync<JobInputException>(() => _host.Uploads.SaveAsync("song.mp3", new MemoryStream(new byte[10]), CancellationToken.None));

        Assert.StartsWith("That file is too large", tooLarge.Message);
        Assert.Contains("please choose a .txt, .md, .docx or .pdf file", wrongType.Message);
        Assert.Empty(Directory.GetFiles(_host.Uploads.Folder));
    }

    [Fact]
    public async Task A_story_whose_every_scene_goes_too_far_is_refused_with_a_kind_message()
    {
        var run = NewRun();
        var gore = "The soldier ran through the castle hall, and blood and guts sprayed from the disembowelled corpse onto the tower stairs.";

        var refused = await Assert.ThrowsAsync<JobInputException>(() =>
            _host.Handler.RunAsync(new IllustratorInput { Text = gore, MaxPictures = 2 }, run, CancellationToken.None));

        Assert.Contains("try another idea", refused.Message);
        Assert.Empty(run.Files);
    }

    [Fact]
    public async Task A_caption_left_out_of_a_long_passage_prompt_is_moderated_too()
    {
        var quiet = "It was a day like any other day in the year" + string.Concat(Enumerable.Repeat(", and it was a day like any other", 16)) + ".";
        var gore = "The soldier ran through the castle hall where blood and guts sprayed from the disembowelled corpse onto the dark tower stairs.";
        var scene = Assert.Single(SceneCutter.Cut(quiet + " " + gore, 1));
        Assert.DoesNotContain("blood", scene.Prompt);
        Assert.Contains("blood", scene.Caption);

        var refused = await Assert.ThrowsAsync<JobInputException>(() =>
            _host.Handler.RunAsync(new IllustratorInput { Text = quiet + " " + gore, MaxPictures = 1 }, NewRun(), CancellationToken.None));

        Assert.Contains("try another idea", refused.Message);
    }

    [Fact]
    public async Task A_cancelled_job_stops()
    {
        using var cancel = new CancellationTokenSource();
        var run = new JobRun(Guid.NewGuid(), _host.NewJobFolder(), (_, line) =>
        {
            if (line.StartsWith("Painting scene 2", StringComparison.Ordinal)) cancel.Cancel();
            return Task.CompletedTask;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _host.Handler.RunAsync(new IllustratorInput { Text = Story, MaxPictures = 3 }, run, cancel.Token));

        Assert.DoesNotContain(run.Files, f => f.Name == IllustrationArchive.ZipFile);
    }

    [Fact]
    public void Inputs_are_validated_with_a_sentence_per_field()
    {
        Assert.Empty(_host.Handler.Validate(new IllustratorInput { Text = "A fox.", MaxPictures = 3 }));
        Assert.Empty(_host.Handler.Validate(new IllustratorInput { Url = "https://example.com/story", MaxPictures = 3 }));

        Assert.Equal(["Story: give the story as text, as a file or as a web address (one of the three)."],
            _host.Handler.Validate(new IllustratorInput()));
        Assert.Single(_host.Handler.Validate(new IllustratorInput { Text = "A fox.", Url = "https://example.com" }));
        Assert.Equal(["URL: Only web addresses starting with http:// or https:// can be read."],
            _host.Handler.Validate(new IllustratorInput { Url = "ftp://example.com/story" }));
        Assert.Equal(["File: that is not an uploaded story file."], _host.Handler.Validate(new IllustratorInput { UploadName = "../../etc/passwd" }));
        Assert.Equal([$"Pictures: between 1 and {_host.Options.MaxPictures}."],
            _host.Handler.Validate(new IllustratorInput { Text = "A fox.", MaxPictures = _host.Options.MaxPictures + 1 }));
        Assert.Equal(3, _host.Handler.Validate(new IllustratorInput { Text = "A fox.", Style = (ArtStyle)99, Aspect = (PictureAspect)9, Quality = (PictureQuality)9 }).Count);
    }
}

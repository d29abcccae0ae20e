using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Offline;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Illustrations;

/// <summary>Scene pictures through the real worker, the offline illustrator and a SQLite file.</summary>
public sealed class SceneIllustrationsTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-pictures-").FullName;
    private ServiceProvider _services = null!;
    private List<IHostedService> _hosted = [];
    private readonly List<IllustrationUpdate> _updates = [];

    private SceneIllustrations Illustrations => _services.GetRequiredService<SceneIllustrations>();

    public Task InitializeAsync() => StartAsync(illustrator: null);

    private async Task StartAsync(IIllustrator? illustrator)
    {
        if (_services is not null) await StopAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(_folder, "stories.db")}",
        }).Build();
        var services = new ServiceCollection().AddLogging().AddStoryExhibitCore(configuration);
        if (illustrator is not null) services.AddSingleton(illustrator);
        _services = services.BuildServiceProvider();
        _services.GetRequiredService<IllustrationFeed>().Updated += u => { lock (_updates) _updates.Add(u); };
        _hosted = _services.GetServices<IHostedService>().ToList();
        foreach (var hosted in _hosted) await hosted.StartAsync(default);
    }

    private async Task StopAsync()
    {
        foreach (var hosted in _hosted) await hosted.StopAsync(default);
        await _services.DisposeAsync();
    }

    private async Task<(Story Story, Scene Scene)> SceneAsync(ArtStyle style = ArtStyle.Watercolour)
    {
        var engine = _services.GetRequiredService<StoryEngine>();
        var story = await engine.StartAsync(new StorySeed { Prompt = "A fox finds a silver compass", Genre = "Adventure", Characters = ["Mira"], ArtStyle = style }, default);
        var scene = new Scene { StoryId = story.Id, Number = 1, Prose = "At dawn Mira walked into the misty forest with the fox.", State = SceneState.Complete };
        await _services.GetRequiredService<StoryStore>().AddSceneAsync(scene, default);
        return (story, scene);
    }

    private async Task<Illustration> WaitForAsync(Guid id, params IllustrationState[] states)
    {
        for (var i = 0; i < 200; i++)
        {
            var picture = await Illustrations.FindAsync(id, default);
            if (picture is not null && states.Contains(picture.State)) return picture;
            await Task.Delay(25);
        }
        throw new TimeoutException($"Illustration {id} never reached {string.Join(" or ", states)}.");
    }

    [Fact]
    public async Task A_requested_picture_is_painted_in_the_background_stored_and_announced()
    {
        var (story, scene) = await SceneAsync();
        var queued = await Illustrations.RequestAsync(story, scene, default);
        Assert.Equal(IllustrationState.Queued, queued.State);

        var ready = await WaitForAsync(queued.Id, IllustrationState.Ready);
        Assert.Equal("image/svg+xml", ready.MediaType);
        Assert.Contains("watercolour", ready.AltText, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Mira", ready.AltText);
        Assert.StartsWith("<svg", (await File.ReadAllTextAsync(Illustrations.FilePath(ready)!)).TrimStart()[..4]);
        lock (_updates) Assert.Equal([IllustrationState.Queued, IllustrationState.Painting, IllustrationState.Ready], _updates.Where(u => u.Illustration.Id == ready.Id).Select(u => u.Illustration.State));

        // Asking again for the same scene gives the same picture.
        Assert.Equal(ready.Id, (await Illustrations.RequestAsync(story, scene, default)).Id);
        Assert.Equal(ready.Id, (await Illustrations.LatestReadyAsync(story.Id, default))!.Id);
    }

    [Fact]
    public async Task A_picture_painted_in_the_chat_becomes_the_scene_picture_for_everyone_and_only_in_its_own_story()
    {
        var (story, scene) = await SceneAsync();
        var painted = await WaitForAsync((await Illustrations.RequestAsync(story, scene, default)).Id, IllustrationState.Ready);
        var chat = new GeneratedImage("<svg xmlns='http://www.w3.org/2000/svg'/>"u8.ToArray(), "image/svg+xml", "The castle at night", 1024, 768);

        var added = await Illustrations.AddPaintedAsync(story.Id, scene.Id, chat, default);

        Assert.NotNull(added);
        Assert.Equal((IllustrationState.Ready, "The castle at night", scene.Variant), (added.State, added.AltText, added.SceneVariant));
        Assert.Equal(chat.Bytes, await File.ReadAllBytesAsync(Illustrations.FilePath(added)!));
        Assert.Equal(added.Id, (await Illustrations.ForStoryAsync(story.Id, default))[scene.Id].Id);
        Assert.Equal(added.Id, (await Illustrations.RequestAsync(story, scene, default)).Id); // not painted over
        lock (_updates) Assert.Contains(_updates, u => u.Illustration.Id == added.Id && u.SceneId == scene.Id);
        Assert.NotEqual(painted.Id, added.Id);

        var (other, _) = await SceneAsync();
        Assert.Null(await Illustrations.AddPaintedAsync(other.Id, scene.Id, chat, default)); // a scene of another story
        Assert.Null(await Illustrations.AddPaintedAsync(story.Id, Guid.NewGuid(), chat, default));
    }

    [Fact]
    public async Task A_saved_picture_gets_a_jpeg_copy_beside_it_only_when_an_export_asks_and_deleting_the_story_deletes_both()
    {
        var (story, scene) = await SceneAsync(ArtStyle.PixelArt);
        var ready = await WaitForAsync((await Illustrations.RequestAsync(story, scene, default)).Id, IllustrationState.Ready);

        // Nothing is drawn for exports while the visitor reads on: the worker that painted the picture is done, and no copy exists.
        var (otherStory, otherScene) = await SceneAsync(ArtStyle.PixelArt);
        var other = await WaitForAsync((await Illustrations.RequestAsync(otherStory, otherScene, default)).Id, IllustrationState.Ready);
        for (var i = 0; i < 40; i++, await Task.Delay(25))
        {
            Assert.Null(Illustrations.RasterCopyPath(ready));
            Assert.Null(Illustrations.RasterCopyPath(other));
        }

        var maker = _services.GetRequiredService<RasterCopyMaker>();
        var copy = await maker.CopyPathAsync(ready, default);
        Assert.NotNull(copy);
        Assert.Equal(copy, Illustrations.RasterCopyPath(ready));
        var madeAt = File.GetLastWriteTimeUtc(copy);
        Assert.Equal(copy, await maker.CopyPathAsync(ready, default)); // kept, not made again
        Assert.Equal(madeAt, File.GetLastWriteTimeUtc(copy));
        Assert.Equal(Path.GetDirectoryName(Illustrations.FilePath(ready)), Path.GetDirectoryName(copy));
        var bytes = await File.ReadAllBytesAsync(copy);
        Assert.Equal("image/jpeg", ImageSniffer.MediaType(bytes));
        using (var codec = SkiaSharp.SKCodec.Create(new MemoryStream(bytes)))
            Assert.Equal((1920, 1080), (codec.Info.Width, codec.Info.Height)); // pixel art has no effects: drawn at the picture's own size

        var report = await _services.GetRequiredService<StoryExhibit.Core.Privacy.VisitorDataEraser>().EraseAsync(story.Id, "test", default);
        Assert.Equal(2, report!.Files); // the picture and its copy
        Assert.False(File.Exists(copy));
        Assert.Null(Illustrations.FilePath(ready));
        Assert.Null(await maker.CopyPathAsync(ready, default)); // no picture, no copy
    }


    [Fact]
    public async Task A_rewritten_scene_gets_a_new_picture()
    {
        var (story, scene) = await SceneAsync();
        var first = await WaitForAsync((await Illustrations.RequestAsync(story, scene, default)).Id, IllustrationState.Ready);
        scene.Variant = 1;
        var second = await Illustrations.RequestAsync(story, scene, default);
        Assert.NotEqual(first.Id, second.Id);
        await WaitForAsync(second.Id, IllustrationState.Ready);
        Assert.Equal(second.Id, (await Illustrations.ForStoryAsync(story.Id, default))[scene.Id].Id);
    }

    [Fact]
    public async Task A_failing_illustrator_marks_the_picture_failed_with_a_message_and_a_retry_can_succeed()
    {
        var flaky = new FlakyIllustrator(failures: 1);
        await StartAsync(flaky);
        var (story, scene) = await SceneAsync();
        var picture = await Illustrations.RequestAsync(story, scene, default);
        var failed = await WaitForAsync(picture.Id, IllustrationState.Failed);
        Assert.Equal("The picture service could not be reached.", failed.Error);
        Assert.Null(Illustrations.FilePath(failed));

        await Illustrations.RetryAsync(failed.Id, default);
        var ready = await WaitForAsync(failed.Id, IllustrationState.Ready);
        Assert.Null(ready.Error);
        Assert.NotNull(Illustrations.FilePath(ready));
    }

    [Fact]
    public async Task Pictures_left_unfinished_by_a_restart_are_painted_at_the_next_start()
    {
        var (story, scene) = await SceneAsync();
        var db = await _services.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        var left = new Illustration { SceneId = scene.Id, StoryId = story.Id, Style = ArtStyle.Noir, State = IllustrationState.Painting };
        db.Illustrations.Add(left);
        await db.SaveChangesAsync();
        await db.DisposeAsync();

        await StartAsync(illustrator: null);
        var ready = await WaitForAsync(left.Id, IllustrationState.Ready);
        Assert.Contains("noir", ready.AltText, StringComparison.OrdinalIgnoreCase);
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_story_deleted_while_its_picture_is_painted_leaves_no_picture_behind()
    {
        var painter = new HeldIllustrator();
        await StartAsync(painter);
        var (story, scene) = await SceneAsync();
        var queued = await Illustrations.RequestAsync(story, scene, default);
        await painter.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

        await _services.GetRequiredService<StoryExhibit.Core.Privacy.VisitorDataEraser>().EraseAsync(story.Id, "test", default);
        painter.Finish.SetResult();
        for (var i = 0; i < 200 && painter.Returned == 0; i++) await Task.Delay(25);
        await Task.Delay(200); // the worker saves (and finds the story gone) right after the painter returns

        Assert.Null(await Illustrations.FindAsync(queued.Id, default));
        Assert.False(Directory.Exists(Illustrations.FolderFor(story.Id)) && Directory.EnumerateFiles(Illustrations.FolderFor(story.Id)).Any(),
            "a picture of the deleted story stayed on disk");
        // The worker carries on with the next picture.
        var (other, otherScene) = await SceneAsync();
        painter.Finish.TrySetResult();
        Assert.Equal(IllustrationState.Ready, (await WaitForAsync((await Illustrations.RequestAsync(other, otherScene, default)).Id, IllustrationState.Ready)).State);
    }

    /// <summary>Paints only when the test lets it.</summary>
    private sealed class HeldIllustrator : IIllustrator
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public TaskCompletionSource Finish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public int Returned;
        public string Name => "held";

        public async Task<GeneratedImage> GenerateAsync(ImageRequest request, CancellationToken ct)
        {
            Started.TrySetResult();
            await Finish.Task.WaitAsync(ct);
            var image = await new OfflineIllustrator().GenerateAsync(request, ct);
            Interlocked.Increment(ref Returned);
            return image;
        }
    }

    private sealed class FlakyIllustrator(int failures) : IIllustrator
    {
        private int _calls;
        public string Name => "flaky";

        public Task<GeneratedImage> GenerateAsync(ImageRequest request, CancellationToken ct)
            => Interlocked.Increment(ref _calls) <= failures
                ? throw new GenerationException(Name, "The picture service could not be reached.")
                : new OfflineIllustrator().GenerateAsync(request, ct);
    }
}

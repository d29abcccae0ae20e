using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Offline;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Routing;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Canvases;

/// <summary><see cref="CanvasRunner"/> against a real SQLite file: sources start, change and stop without a restart.</summary>
public sealed class CanvasRunnerTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-runner-").FullName;
    private ServiceProvider _services = null!;
    private IDbContextFactory<StoryExhibitDb> _contexts = null!;
    private CanvasStore _store = null!;
    private readonly CanvasHub _hub = new();
    private readonly IllustrationFeed _feed = new();

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddDbContextFactory<StoryExhibitDb>(o => o.UseSqlite($"Data Source={Path.Combine(_folder, "stories.db")}")).BuildServiceProvider();
        _contexts = _services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>();
        await using (var db = await _contexts.CreateDbContextAsync()) await db.Database.MigrateAsync();
        _store = new CanvasStore(_contexts);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private static Kernel KernelWith(ILiveIllustrator live) =>
        GeneratorKernel.Create(new InvocationLogFilter(NullLogger<InvocationLogFilter>.Instance), illustrator: new IllustratorPlugin(live, live));

    private CanvasRunner Runner(ILiveIllustrator? live = null, bool newDatabase = true) => new(_store, _hub, KernelWith(live ?? new OfflineIllustrator()), _feed,
        new SceneIllustrations(_contexts, _feed, new DataFolders(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(_folder, "stories.db")}" }).Build())),
        Options.Create(new ImageOptions { Width = 320, Height = 180 }), new DatabaseStatus { CreatedThisRun = newDatabase }, NullLogger<CanvasRunner>.Instance);

    [Fact]
    public async Task Canvases_staff_deleted_do_not_come_back_when_the_database_is_not_new()
    {
        var runner = Runner(newDatabase: false);
        await runner.StartAsync(default);
        try
        {
            await Task.Delay(500);
            Assert.Empty(await _store.ListAsync(default));
        }
        finally { await runner.StopAsync(default); }
    }

    private async Task<CanvasFrame> NextFrameAsync(string slug, Func<CanvasFrame, bool>? where = null, double seconds = 10)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        await foreach (var frame in _hub.SubscribeAsync(slug, timeout.Token))
            if (where?.Invoke(frame) ?? true) return frame;
        throw new InvalidOperationException("unreachable");
    }

    [Fact]
    public async Task Starter_canvases_run_and_created_changed_and_removed_canvases_are_picked_up_without_a_restart()
    {
        var runner = Runner();
        await runner.StartAsync(default);
        try
        {
            var pattern = await NextFrameAsync("test-pattern");
            Assert.Equal(TestPattern.MediaType, pattern.MediaType);
            Assert.Contains("test-pattern", System.Text.Encoding.UTF8.GetString(pattern.Bytes!));
            var live = await NextFrameAsync("live");
            Assert.Equal(OfflineIllustrator.MediaType, live.MediaType);

            Assert.True((await _store.CreateAsync(new CanvasDefinition { Slug = "extra", FramesPerSecond = 4 }, default)).Saved);
            var extra = await NextFrameAsync("extra", seconds: 5);
            Assert.Contains("Test pattern for extra", extra.AltText);

            Assert.True((await _store.UpdateAsync(new CanvasDefinition { Slug = "extra", Source = CanvasSource.LiveGenerator, Prompt = "A red fox in snow", FramesPerSecond = 4 }, default)).Saved);
            var changed = await NextFrameAsync("extra", f => !f.AltText.StartsWith("Test pattern", StringComparison.Ordinal), seconds: 5);
            Assert.Contains("snow", changed.AltText, StringComparison.OrdinalIgnoreCase);

            Assert.True(await _store.RemoveAsync("extra", default));
            await WaitUntilAsync(() => !runner.RunningSlugs.Contains("extra"));
            await WaitUntilAsync(() => _hub.Latest("extra") is null);
        }
        finally { await runner.StopAsync(default); }
    }

    [Fact]
    public async Task A_failing_live_generator_is_retried_and_publishes_nothing_meanwhile()
    {
        var flaky = new FlakyIllustrator(failures: 2);
        await _store.CreateAsync(new CanvasDefinition { Slug = "flaky", Source = CanvasSource.LiveGenerator, Prompt = "Waves", FramesPerSecond = 4 }, default);
        var runner = Runner(flaky);
        await runner.StartAsync(default);
        try
        {
            var frame = await NextFrameAsync("flaky", seconds: 15); // backoff 1 s then 2 s
            Assert.Equal(3, flaky.Calls);
            Assert.Equal("image/png", frame.MediaType);
        }
        finally { await runner.StopAsync(default); }
    }

    [Fact]
    public async Task A_story_canvas_shows_the_latest_ready_illustration_then_each_new_one()
    {
        var story = await new StoryStore(_contexts).CreateAsync(new Story { Title = "Fox", Seed = new StorySeed { Prompt = "A fox", Genre = "Fantasy" } }, default);
        await _store.CreateAsync(new CanvasDefinition { Slug = "fox", Source = CanvasSource.Story, StoryCode = story.SessionCode }, default);
        var runner = Runner();
        await runner.StartAsync(default);
        try
        {
            await WaitUntilAsync(() => runner.RunningSlugs.Contains("fox"));
            var next = NextFrameAsync("fox");
            await Task.Delay(300); // the runner is listening by now
            var picture = new Illustration { StoryId = story.Id, State = IllustrationState.Ready, MediaType = "image/svg+xml", AltText = "A fox in a storybook" };
            _feed.Publish(new Illustration { StoryId = Guid.NewGuid(), State = IllustrationState.Ready }); // another story: ignored
            _feed.Publish(picture);
            var frame = await next;
            Assert.Equal($"/illustrations/{picture.Id}", frame.UrlFor("fox"));
            Assert.Equal("A fox in a storybook", frame.AltText);
            Assert.Null(frame.Bytes);
        }
        finally { await runner.StopAsync(default); }
    }

    [Fact]
    public async Task A_live_canvas_asks_its_generator_for_frames_only_while_a_screen_watches()
    {
        var counting = new FlakyIllustrator(failures: 0);
        await _store.CreateAsync(new CanvasDefinition { Slug = "quiet", Source = CanvasSource.LiveGenerator, Prompt = "Waves", FramesPerSecond = 4 }, default);
        var runner = Runner(counting);
        await runner.StartAsync(default);
        try
        {
            await WaitUntilAsync(() => runner.RunningSlugs.Contains("quiet"));
            await Task.Delay(1000);
            Assert.Equal(0, counting.Calls);
            Assert.Equal(0, counting.Frames);

            await NextFrameAsync("quiet");
            Assert.Equal(1, counting.Calls);
            // The screen left: the stream is closed after at most one more frame, and no new one is started.
            await WaitUntilAsync(() => counting.Open == 0);
            var drawn = counting.Frames;
            await Task.Delay(1000);
            Assert.Equal(drawn, counting.Frames);
            Assert.Equal(1, counting.Calls);

            var shown = _hub.Latest("quiet")!.Id;
            using (var preview = new CancellationTokenSource(TimeSpan.FromSeconds(10)))
                await foreach (var frame in _hub.PreviewAsync("quiet", preview.Token))
                    if (frame.Id != shown) break; // a staff preview counts too
            Assert.Equal(2, counting.Calls);
        }
        finally { await runner.StopAsync(default); }
    }

    [Fact]
    public async Task The_test_pattern_is_drawn_only_while_a_screen_watches()
    {
        var runner = Runner();
        await runner.StartAsync(default);
        try
        {
            await WaitUntilAsync(() => runner.RunningSlugs.Contains("test-pattern"));
            await Task.Delay(800);
            Assert.Null(_hub.Latest("test-pattern"));
            var first = await NextFrameAsync("test-pattern");
            await Task.Delay(800);
            Assert.Same(first, _hub.Latest("test-pattern"));
        }
        finally { await runner.StopAsync(default); }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++) await Task.Delay(50);
        Assert.True(condition());
    }

    private sealed class FlakyIllustrator(int failures) : ILiveIllustrator
    {
        public int Calls;
        public int Frames;
        public int Open;
        public string Name => "flaky";
        public Task<GeneratedImage> GenerateAsync(ImageRequest request, CancellationToken ct) => throw new NotSupportedException();

        public async IAsyncEnumerable<LiveFrame> StreamFramesAsync(ImageRequest request, double fps, [EnumeratorCancellation] CancellationToken ct)
        {
            if (Interlocked.Increment(ref Calls) <= failures) throw new GenerationException("flaky", "The image server is unavailable.");
            Interlocked.Increment(ref Open);
            try
            {
                for (var id = 1; ; id++)
                {
                    Interlocked.Increment(ref Frames);
                    yield return new LiveFrame(id, DateTimeOffset.UtcNow, new GeneratedImage([1, 2, 3], "image/png", "waves", 1, 1));
                    await Task.Delay(250, ct);
                }
            }
            finally { Interlocked.Decrement(ref Open); }
        }
    }
}

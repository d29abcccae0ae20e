using Microsoft.SemanticKernel;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation.Music;
using StoryExhibit.Core.Generation.Songs;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Costs;

namespace StoryExhibit.Tests.Core.Generation.Songs;

/// <summary>
/// The exhibit's song maker with the real core services: the remote provider on a loopback server, recorded as music
/// calls with cost, falling back to the offline performance when it fails or the budget is spent; songs kept in the story's folder.
/// </summary>
public sealed class SongMakerTests : IAsyncLifetime
{
    private SongServiceServer _server = null!;
    private string _backing = null!;

    public async Task InitializeAsync()
    {
        _server = await SongServiceServer.StartAsync();
        _server.Audio = await SongAudio.OggAsync(1);
        _backing = await SongAudio.BackingFileAsync();
    }

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        File.Delete(_backing);
    }

    private sealed class FileComposer(string path) : IMusicComposer
    {
        public Task<MusicTrack> ComposeAsync(MusicCue cue, CancellationToken ct) => Task.FromResult(new MusicTrack(path, "audio/ogg", TimeSpan.FromSeconds(4)));
    }

    private Task<CostsTestHost> HostAsync(string? musicBudget = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Generation:Songs:Provider"] = "Remote",
            ["Generation:Songs:Endpoint"] = _server.Endpoint.ToString(),
            ["Generation:Songs:PollInterval"] = "00:00:00.05",
            ["Generation:Songs:RetryDelay"] = "00:00:00.02",
            ["Generation:Songs:CostPerSong"] = "0.07",
        };
        if (musicBudget is not null) settings["Costs:ServiceBudgets:Music"] = musicBudget;
        return CostsTestHost.StartAsync(settings, services => services.AddSingleton<IMusicComposer>(new FileComposer(_backing)));
    }

    private static async Task<Story> StoryAsync(CostsTestHost host) =>
        await host.Services.GetRequiredService<StoryEngine>().StartAsync(new StorySeed
        {
            Prompt = "A lighthouse keeper and a clever gull", Genre = "Adventure", Characters = ["Pip"], Place = "the lighthouse",
            Audience = Audience.Children, Rating = ContentRating.Gentle, Length = 4, RandomSeed = 7,
        }, null, default);

    [Fact]
    public async Task A_remote_song_is_kept_in_its_story_s_folder_and_recorded_with_its_cost()
    {
        await using var host = await HostAsync();
        var story = await StoryAsync(host);
        var song = await host.Services.GetRequiredService<ISongMaker>().MakeAsync(new SongRequest("a lullaby for Pip", story.Id), null, default);

        Assert.Equal("A Lullaby for Pip", song.Title);
        Assert.Equal($"/songs/{story.Id:N}/{song.Id:N}", song.AudioUrl);
        var stored = host.Services.GetRequiredService<SongFiles>().Find(story.Id, song.Id);
        Assert.NotNull(stored);
        Assert.Equal(_server.Audio, await File.ReadAllBytesAsync(stored.Value.Path));
        Assert.StartsWith(Path.Combine(host.Services.GetRequiredService<DataFolders>().Illustrations, story.Id.ToString("N")), stored.Value.Path, StringComparison.Ordinal);
        var call = Assert.Single(await host.WaitForStoredCallsAsync(1), c => c.Service == GeneratorService.Music);
        Assert.Equal(("RemoteSongs", true, 0.07m), (call.Provider, call.Succeeded, call.EstimatedCost));
    }

    [Fact]
    public async Task A_failing_service_gives_way_to_the_offline_song()
    {
        _server.Status = (ctx, _) => ctx.Response.WriteAsJsonAsync(new { id = "job1", status = "error", error = "no" });
        await using var host = await HostAsync();
        var story = await StoryAsync(host);
        var song = await host.Services.GetRequiredService<ISongMaker>().MakeAsync(new SongRequest("a funny song", story.Id), null, default);

        var stored = host.Services.GetRequiredService<SongFiles>().Find(story.Id, song.Id)!.Value;
        Assert.Equal("audio/ogg", stored.MediaType);
        Assert.NotEqual(_server.Audio, await File.ReadAllBytesAsync(stored.Path));
        Assert.True(await SongAudio.DurationAsync(await File.ReadAllBytesAsync(stored.Path)) > 10);
        var calls = (await host.WaitForStoredCallsAsync(2)).Where(c => c.Service == GeneratorService.Music).ToList();
        Assert.Equal([("RemoteSongs", false), ("Offline", true)], calls.Select(c => (c.Provider, c.Succeeded)));
    }

    [Fact]
    public async Task A_garbage_answer_gives_way_to_the_offline_song()
    {
        _server.Submit = ctx => ctx.Response.WriteAsync("<<<not json>>>");
        await using var host = await HostAsync();
        var story = await StoryAsync(host);
        var song = await host.Services.GetRequiredService<ISongMaker>().MakeAsync(new SongRequest("a sad song", story.Id), null, default);
        Assert.NotNull(host.Services.GetRequiredService<SongFiles>().Find(story.Id, song.Id));
        Assert.Contains("Pip", song.Lyrics, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spent_music_budget_sings_offline_without_calling_the_service()
    {
        await using var host = await HostAsync(musicBudget: "0");
        var story = await StoryAsync(host);
        var song = await host.Services.GetRequiredService<ISongMaker>().MakeAsync(new SongRequest("a brave song", story.Id), null, default);
        Assert.NotNull(host.Services.GetRequiredService<SongFiles>().Find(story.Id, song.Id));
        Assert.Empty(_server.Requests);
        Assert.True(host.Guard.Status().For(GeneratorService.Music).FallingBack);
    }

    [Fact]
    public async Task Erasing_a_story_deletes_its_songs()
    {
        await using var host = await HostAsync();
        var story = await StoryAsync(host);
        var song = await host.Services.GetRequiredService<ISongMaker>().MakeAsync(new SongRequest("a lullaby", story.Id), null, default);
        var path = host.Services.GetRequiredService<SongFiles>().Find(story.Id, song.Id)!.Value.Path;

        await host.Services.GetRequiredService<VisitorDataEraser>().EraseAsync(story.Id, ErasureReasons.Visitor, default);

        Assert.False(File.Exists(path));
        Assert.Null(host.Services.GetRequiredService<SongFiles>().Find(story.Id, song.Id));
    }

    [Fact]
    public async Task The_song_plugin_is_in_the_generator_kernel()
    {
        await using var host = await HostAsync();
        var kernel = host.Services.GetRequiredService<Kernel>();
        Assert.True(kernel.Plugins.TryGetFunction(SongPlugin.Name, SongPlugin.MakeSong, out _));
    }
}

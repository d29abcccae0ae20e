using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.Compression;
using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Narration;

/// <summary>The narrator with real espeak-ng and a real SQLite file: what it stores, and when it synthesises again.</summary>
public sealed class SceneNarratorTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-narrator-").FullName;
    private IConfigurationRoot _configuration = null!;
    private ServiceProvider _services = null!;
    private SceneNarrator Narrator => _services.GetRequiredService<SceneNarrator>();
    private string NarrationFolder => _services.GetRequiredService<DataFolders>().Narration;

    private const string Prose = "The lantern flickered twice. \u201cFollow me,\u201d said Mira, and the fox ran ahead.\n\nThey reached the old harbour at dusk.";

    public async Task InitializeAsync()
    {
        _configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(_folder, "stories.db")}",
            ["Generation:Speech:Provider"] = "Espeak",
            ["Generation:Speech:MinSentenceLength"] = "10",
            ["Generation:Speech:CharacterVoices:0"] = "en+m3",
            ["Generation:Speech:CharacterVoices:1"] = "en+f3",
        }).Build();
        _services = new ServiceCollection().AddLogging().AddStoryExhibitCore(_configuration).BuildServiceProvider();
        foreach (var hosted in _services.GetServices<IHostedService>()) await hosted.StartAsync(default);
    }

    private async Task<Scene> SceneAsync()
    {
        var engine = _services.GetRequiredService<StoryEngine>();
        var story = await engine.StartAsync(new StorySeed { Prompt = "A fox and a lantern", Genre = "Fantasy" }, default);
        var scene = new Scene { StoryId = story.Id, Number = 1, Prose = Prose, State = SceneState.Complete };
        await _services.GetRequiredService<StoryStore>().AddSceneAsync(scene, default);
        return scene;
    }

    private static async Task<List<NarrationClip>> AllAsync(IAsyncEnumerable<NarrationClip> clips)
    {
        var list = new List<NarrationClip>();
        await foreach (var clip in clips) list.Add(clip);
        return list;
    }

    private static async IAsyncEnumerable<string> Pieces(string text)
    {
        foreach (var word in text.Split(' ')) { await Task.Yield(); yield return word + " "; }
    }

    [Fact]
    public async Task Live_narration_stores_each_sentence_as_an_audio_file_in_order()
    {
        var scene = await SceneAsync();
        var clips = await AllAsync(Narrator.NarrateLiveAsync(scene.Id, Pieces(Prose), default));
        Assert.Equal([0, 1, 2], clips.Select(c => c.Index));
        Assert.All(clips, c =>
        {
            Assert.Null(c.Error);
            var path = Narrator.AudioPath(c)!;
            Assert.StartsWith(NarrationFolder, path);
            Assert.EndsWith(".ogg", path, StringComparison.Ordinal);
            Assert.Equal("audio/ogg", c.MediaType);
            Assert.True(SpeechAudioEncoder.IsOgg(File.ReadAllBytes(path))); // compressed, not WAV
            Assert.InRange(c.DurationSeconds!.Value, 0.3, 10);
        });
        Assert.Equal("Mira", clips[1].Speaker);
        Assert.Contains(clips[1].Voice, new[] { "en+m3", "en+f3" });
        Assert.Null(clips[0].Speaker);
    }

    [Fact]
    public async Task Sentences_of_a_scene_deleted_meanwhile_are_neither_kept_nor_failed()
    {
        var scene = await SceneAsync();
        await using var db = await _services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        await db.Stories.Where(s => s.Id == scene.StoryId).ExecuteDeleteAsync(); // its scenes go with it
        Assert.Empty(await AllAsync(Narrator.NarrateLiveAsync(scene.Id, Pieces(Prose), default)));
        Assert.Equal(0, await db.NarrationClips.CountAsync());
        Assert.Empty(Directory.EnumerateFiles(NarrationFolder, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_scene_read_again_reuses_its_stored_clips_until_the_voice_changes()
    {
        var scene = await SceneAsync();
        var first = await AllAsync(Narrator.NarrateSceneAsync(scene, default));
        var again = await AllAsync(Narrator.NarrateSceneAsync(scene, default));
        Assert.Equal(first.Select(c => c.Id), again.Select(c => c.Id));

        _configuration["Generation:Speech:Speed"] = "1.5";
        _configuration.Reload();
        var faster = await AllAsync(Narrator.NarrateSceneAsync(scene, default));
        Assert.Equal(first.Count, faster.Count);
        Assert.Empty(faster.Select(c => c.Id).Intersect(first.Select(c => c.Id)));
        Assert.NotEqual(first[0].VoiceKey, faster[0].VoiceKey);
        Assert.True(faster[0].DurationSeconds < first[0].DurationSeconds, "Speed 1.5 did not make the sentence shorter.");
        // The old clips are still there for the old voice.
        Assert.NotNull(Narrator.AudioPath(first[0]));
    }

    [Fact]
    public async Task A_missing_audio_file_makes_only_that_sentence_narrate_anew()
    {
        var scene = await SceneAsync();
        var first = await AllAsync(Narrator.NarrateSceneAsync(scene, default));
        File.Delete(Narrator.AudioPath(first[1])!);
        var again = await AllAsync(Narrator.NarrateSceneAsync(scene, default));
        Assert.Equal(first.Select(c => c.Sentence), again.Select(c => c.Sentence));
        Assert.All(again, c => Assert.NotNull(Narrator.AudioPath(c)));
        Assert.Equal([first[0].Id, first[2].Id], [again[0].Id, again[2].Id]);
        Assert.NotEqual(first[1].Id, again[1].Id);
        Assert.Null(await Narrator.FindAsync(first[1].Id, default));
    }

    [Fact]
    public async Task A_narration_cut_short_is_finished_when_read_aloud_synthesising_only_what_is_missing()
    {
        var scene = await SceneAsync();
        // The page closed (or the app died) after the first two sentences were narrated.
        var live = new List<NarrationClip>();
        using (var closed = new CancellationTokenSource())
        {
            await foreach (var clip in Narrator.NarrateLiveAsync(scene.Id, Pieces(Prose), closed.Token))
            {
                live.Add(clip);
                if (live.Count == 2) break;
            }
        }
        Assert.Equal(2, (await ClipsOfAsync(scene.Id)).Count);

        var read = await AllAsync(Narrator.NarrateSceneAsync(scene, default));
        Assert.Equal(SentenceSegmenter.Split(Prose, new SegmenterOptions(MinLength: 10)), read.Select(c => c.Sentence));
        Assert.Equal([0, 1, 2], read.Select(c => c.Index));
        Assert.Equal(live.Select(c => c.Id), read.Take(2).Select(c => c.Id));
        Assert.All(read, c => Assert.NotNull(Narrator.AudioPath(c)));
        Assert.Equal(3, (await ClipsOfAsync(scene.Id)).Count);

        // Complete now: read again, nothing new is made.
        var again = await AllAsync(Narrator.NarrateSceneAsync(scene, default));
        Assert.Equal(read.Select(c => c.Id), again.Select(c => c.Id));
    }

    [Fact]
    public async Task A_scene_written_again_never_plays_the_old_narration_and_its_clips_and_files_are_deleted()
    {
        var scene = await SceneAsync();
        var old = await AllAsync(Narrator.NarrateSceneAsync(scene, default));
        var oldFiles = old.Select(c => Narrator.AudioPath(c)!).ToList();

        scene.Prose = "The harbour was empty when they came back. Only the gulls remembered the fox.";
        await _services.GetRequiredService<StoryStore>().SaveSceneAsync(scene, default);
        var read = await AllAsync(Narrator.NarrateSceneAsync(scene, default));

        Assert.Equal(["The harbour was empty when they came back.", "Only the gulls remembered the fox."], read.Select(c => c.Sentence));
        Assert.Empty(read.Select(c => c.Id).Intersect(old.Select(c => c.Id)));
        Assert.Equal(read.Select(c => c.Id).Order(), (await ClipsOfAsync(scene.Id)).Select(c => c.Id).Order());
        Assert.All(oldFiles, path => Assert.False(File.Exists(path), $"{path} outlived its text."));
    }

    [Fact]
    public async Task Sweeping_after_a_rewrite_deletes_the_clips_of_the_old_text_and_keeps_those_that_still_fit()
    {
        var scene = await SceneAsync();
        var old = await AllAsync(Narrator.NarrateSceneAsync(scene, default));

        // The new version keeps the first sentence only.
        await Narrator.SweepAsync(scene.Id, "The lantern flickered twice. Nobody came to the harbour that night.", DateTime.UtcNow, default);

        var left = await ClipsOfAsync(scene.Id);
        Assert.Equal([old[0].Id], left.Select(c => c.Id));
        Assert.NotNull(Narrator.AudioPath(old[0]));
        Assert.Null(Narrator.AudioPath(old[1]));
        Assert.False(File.Exists(Path.Combine(NarrationFolder, old[2].FileName!)));
    }

    [Fact]
    public async Task Sweeping_after_a_live_narration_keeps_every_clip_it_made_even_one_the_final_text_dropped()
    {
        var scene = await SceneAsync();
        var earlier = await AllAsync(Narrator.NarrateSceneAsync(scene, default));

        // The scene is written again and narrated as it streams; the storyteller then takes its last sentence back.
        var begun = DateTime.UtcNow;
        var live = await AllAsync(Narrator.NarrateLiveAsync(scene.Id, Pieces("Nobody came to the harbour that night. Then the lantern went out for good."), default));
        await Narrator.SweepAsync(scene.Id, "Nobody came to the harbour that night.", begun, default);

        // The browser was handed the live clips and may not have fetched the last one yet: all stay; the old version's go.
        Assert.Equal(2, live.Count);
        Assert.All(live, c => Assert.NotNull(Narrator.AudioPath(c)));
        Assert.Equal(live.Select(c => c.Id).Order(), (await ClipsOfAsync(scene.Id)).Select(c => c.Id).Order());
        Assert.All(earlier, c => Assert.False(File.Exists(Path.Combine(NarrationFolder, c.FileName!)), $"{c.Sentence} outlived its text."));

        // Read aloud later, the scene plays only what fits its text, and the dropped sentence's clip goes then.
        scene.Prose = "Nobody came to the harbour that night.";
        await _services.GetRequiredService<StoryStore>().SaveSceneAsync(scene, default);
        var read = await AllAsync(Narrator.NarrateSceneAsync(scene, default));
        Assert.Equal([live[0].Id], read.Select(c => c.Id));
        Assert.Null(Narrator.AudioPath(live[1]));
    }

    [Fact]
    public async Task Two_devices_sweeping_the_same_rewritten_scene_at_once_both_succeed()
    {
        var scene = await SceneAsync();
        var old = await AllAsync(Narrator.NarrateSceneAsync(scene, default));

        // Each sweep finds the same stale clips; whichever deletes second must not fail on rows already gone.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Narrator.SweepAsync(scene.Id, "Nobody came to the harbour that night.", DateTime.UtcNow, default))));

        Assert.Empty(await ClipsOfAsync(scene.Id));
        Assert.All(old, c => Assert.Null(Narrator.AudioPath(c)));
    }

    [Fact]
    public async Task Two_narrations_of_one_scene_at_once_keep_every_clip_a_listener_was_given()
    {
        var scene = await SceneAsync();
        // A page narrates the scene live while a video reads it aloud: both make a clip for each sentence.
        var both = await Task.WhenAll(
            Task.Run(() => AllAsync(Narrator.NarrateLiveAsync(scene.Id, Pieces(Prose), default))),
            Task.Run(() => AllAsync(Narrator.NarrateSceneAsync(scene, default))));
        var given = both.SelectMany(c => c).ToList();

        // The page's narration ends and sweeps; a browser or the video may still be about to play any clip it was given.
        await Narrator.SweepAsync(scene.Id, Prose, DateTime.UtcNow, default);
        await AllAsync(Narrator.NarrateSceneAsync(scene, default));

        Assert.All(given, c => Assert.NotNull(Narrator.AudioPath(c)));
        Assert.Equal(given.Select(c => c.Id).Order(), (await ClipsOfAsync(scene.Id)).Select(c => c.Id).Order());
    }

    private async Task<List<NarrationClip>> ClipsOfAsync(Guid sceneId)
    {
        await using var db = await _services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        return await db.NarrationClips.Where(c => c.SceneId == sceneId).OrderBy(c => c.Index).ToListAsync();
    }

    [Fact]
    public async Task When_the_browser_speaks_clips_carry_the_sentences_and_no_audio()
    {
        _configuration["Generation:Speech:Provider"] = "Browser";
        _configuration.Reload();
        var scene = await SceneAsync();
        var clips = await AllAsync(Narrator.NarrateSceneAsync(scene, default));
        Assert.Equal(3, clips.Count);
        Assert.All(clips, c => { Assert.Null(c.FileName); Assert.Null(c.Error); Assert.Null(Narrator.AudioPath(c)); });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Canvases;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Illustrations;
using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Privacy;

/// <summary>A clock the test moves by hand.</summary>
public sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;
    public override DateTimeOffset GetUtcNow() => Now;
}

/// <summary>A story with everything a visitor leaves behind, seeded straight into the database and the data folder.</summary>
public sealed record SeededStory(Story Story, IReadOnlyList<Scene> Scenes, IReadOnlyList<string> Files, long ProviderCallId);

/// <summary>The core services on a real SQLite file in a temporary folder, with a manual clock; no background services run.</summary>
public sealed class PrivacyWorld : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-privacy-").FullName;

    private PrivacyWorld(ServiceProvider services, ManualClock clock)
    {
        Services = services;
        Clock = clock;
    }

    public ServiceProvider Services { get; private set; } = null!;
    public ManualClock Clock { get; }
    public string Folder => _folder;
    public DataFolders Folders => Services.GetRequiredService<DataFolders>();
    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();
    public Task<StoryExhibitDb> DbAsync() => Get<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();

    public static async Task<PrivacyWorld> StartAsync(int retentionDays = 30, string policyVersion = "2026-11")
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero));
        var world = new PrivacyWorld(null!, clock);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(world._folder, "stories.db")}",
            ["Privacy:RetentionDays"] = retentionDays.ToString(),
            ["Privacy:PolicyVersion"] = policyVersion,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddStoryExhibitCore(configuration);
        services.AddSingleton<TimeProvider>(clock);
        world.Services = services.BuildServiceProvider();
        await using var db = await world.DbAsync();
        await db.Database.MigrateAsync();
        return world;
    }

    /// <summary>Two scenes with choices, narration clips and pictures whose files are on disk, feedback, consents, events and a provider call.</summary>
    public async Task<SeededStory> SeedStoryAsync(string prompt = "A fox who keeps a lighthouse", DateTime? updatedUtc = null)
    {
        var story = await Get<StoryStore>().CreateAsync(new Story { Title = prompt, Seed = new StorySeed { Prompt = prompt, Genre = "Adventure" } }, default);
        var first = new Scene { StoryId = story.Id, Number = 1, Prose = $"{prompt}: the first scene.", State = SceneState.Complete };
        first.Choices.AddRange([new Choice { Text = "Climb the stairs", Position = 0 }, new Choice { Text = "Row to the island", Position = 1, IsCustom = true }]);
        var second = new Scene { StoryId = story.Id, ParentId = first.Id, ViaChoiceId = first.Choices[0].Id, Number = 2, Prose = $"{prompt}: the second scene.", State = SceneState.Complete };
        List<string> files = [];
        long callId;
        await using (var db = await DbAsync())
        {
            db.Scenes.AddRange(first, second);
            foreach (var scene in new[] { first, second })
            {
                var clip = new NarrationClip { SceneId = scene.Id, Index = 0, Sentence = scene.Prose, VoiceKey = "v1", MediaType = "audio/wav" };
                clip.FileName = Path.Combine(scene.Id.ToString("N"), $"{clip.Id:N}.wav");
                var picture = new Illustration { SceneId = scene.Id, StoryId = story.Id, Style = ArtStyle.Storybook, State = IllustrationState.Ready, MediaType = "image/svg+xml", AltText = "a fox" };
                picture.FileName = Path.Combine(story.Id.ToString("N"), $"{picture.Id:N}.svg");
                db.NarrationClips.Add(clip);
                db.Illustrations.Add(picture);
                files.Add(Write(Path.Combine(Folders.Narration, clip.FileName), "RIFF"));
                files.Add(Write(Path.Combine(Folders.Illustrations, picture.FileName), "<svg/>"));
            }
            db.Feedback.Add(new VisitorFeedback { StoryId = story.Id, SessionCode = story.SessionCode, Rating = 5, Comment = $"Loved {prompt}" });
            db.Consents.Add(new ConsentRecord { Purpose = ConsentPurposes.Camera, Granted = true, PolicyVersion = "2026-11", SessionCode = story.SessionCode });
            db.Events.Add(new ExhibitEvent { Kind = ExhibitEventKind.StoryStarted, StoryId = story.Id, SessionCode = story.SessionCode, Detail = "Adventure" });
            db.Events.Add(new ExhibitEvent { Kind = ExhibitEventKind.SceneGenerated, StoryId = story.Id, SessionCode = story.SessionCode, DurationMs = 800 });
            var call = new ProviderCall { Service = GeneratorService.Text, Provider = "OpenAICompatible", Succeeded = true, EstimatedCost = 0.02m, StoryId = story.Id };
            db.ProviderCalls.Add(call);
            await db.SaveChangesAsync();
            callId = call.Id;
            var stored = await db.Stories.FirstAsync(s => s.Id == story.Id);
            stored.UpdatedUtc = updatedUtc ?? Clock.Now.UtcDateTime;
            await db.SaveChangesAsync();
        }
        return new SeededStory(story, [first, second], files, callId);
    }

    private static string Write(string path, string content)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

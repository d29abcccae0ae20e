using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Stories;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Moderation;

/// <summary>A storyteller's scene that goes beyond its story's rating: written again once, more firmly, by a real provider; softened otherwise.</summary>
public sealed class SceneModerationTests : IAsyncLifetime
{
    private const string Bad = "Ember walked into the wood. Blood was everywhere on the path. She found a lantern.\n\n" +
                               "### What happens next?\n1. Follow the light\n2. Stab the troll\n";
    private const string Good = "Ember walked into the wood. Fireflies lit the path. She found a lantern.\n\n" +
                                "### What happens next?\n1. Follow the light\n2. Ask the owl\n";

    private static readonly StorySeed GentleForChildren = new()
    {
        Prompt = "A shy dragon who is afraid of the dark", Genre = "Fantasy", Characters = ["Ember"], Length = 4,
        Audience = Audience.Children, Rating = ContentRating.Gentle,
    };

    private readonly string _folder = TemporaryFiles.NewFolder("moderation").FullName;
    private readonly List<ExhibitEvent> _events = [];
    private ServiceProvider _services = null!;
    private OpenAICompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAICompatibleServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _server.DisposeAsync();
    }

    private async Task<StoryEngine> EngineAsync(IChatClient? storyteller = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(_folder, "stories.db")}",
            ["Generation:Text:Offline:WordDelay"] = "00:00:00",
            ["Exhibit:Moderation:UseProvider"] = "false",
        };
        if (storyteller is null)
        {
            settings["Generation:Text:Provider"] = "OpenAICompatible";
            settings["Generation:Text:OpenAICompatible:Endpoint"] = _server.Endpoint.ToString();
            settings["Generation:Text:OpenAICompatible:Model"] = OpenAICompatibleServer.Model;
            settings["Generation:Text:OpenAICompatible:MaxRetries"] = "0";
        }
        var services = new ServiceCollection().AddLogging().AddStoryExhibitCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        if (storyteller is not null) services.AddSingleton(storyteller);
        _services = services.BuildServiceProvider();
        foreach (var hosted in _services.GetServices<IHostedService>().Where(h => h is StoryExhibit.Core.Persistence.DatabaseInitializer))
            await hosted.StartAsync(default);
        return _services.GetRequiredService<StoryEngine>();
    }

    private List<ExhibitEvent> Moderated()
    {
        while (_services.GetRequiredService<EventRecorder>().Pending.TryRead(out var e)) _events.Add(e);
        return [.. _events.Where(e => e.Kind == ExhibitEventKind.SceneModerated)];
    }

    private static async Task<List<SceneProgress>> WriteFirstSceneAsync(StoryEngine engine)
    {
        var story = await engine.StartAsync(GentleForChildren, default);
        var steps = new List<SceneProgress>();
        await foreach (var step in engine.ContinueAsync(story, null, null, default)) steps.Add(step);
        return steps;
    }

    [Fact]
    public async Task A_real_providers_scene_beyond_the_rating_is_cut_off_and_written_again_once_more_firmly()
    {
        var answers = new Queue<string>([Bad, Good]);
        _server.Handler = (ctx, _) => OpenAICompatibleServer.StreamTextAsync(ctx, OpenAICompatibleServer.SplitTokens(answers.Dequeue()));
        var steps = await WriteFirstSceneAsync(await EngineAsync());

        var final = steps[^1].Scene;
        Assert.Equal(SceneState.Complete, final.State);
        Assert.Equal("Ember walked into the wood. Fireflies lit the path. She found a lantern.", final.Prose);
        Assert.Equal(["Follow the light", "Ask the owl"], final.Choices.Select(c => c.Text));
        Assert.Equal(2, _server.Requests.Count);
        Assert.DoesNotContain("Important", _server.Requests.First().Messages[^1].Content);
        Assert.Contains("Important: the last attempt at this scene went beyond what this story allows (it showed blood or injuries)", _server.Requests.Last().Messages[^1].Content);
        // The first attempt stopped at the sentence that went too far: nothing after it was shown, and the prose started over.
        Assert.DoesNotContain(steps, s => s.Prose.Contains("She found a lantern") && s.Prose.Contains("Blood"));
        Assert.Contains(steps, s => !s.Finished && s.Prose.Length == 0);
        Assert.Equal("Gore/rewritten", Assert.Single(Moderated()).Detail);
    }

    [Fact]
    public async Task A_real_providers_second_attempt_beyond_the_rating_is_softened()
    {
        _server.Handler = (ctx, _) => OpenAICompatibleServer.StreamTextAsync(ctx, OpenAICompatibleServer.SplitTokens(Bad));
        var final = (await WriteFirstSceneAsync(await EngineAsync()))[^1].Scene;

        Assert.Equal(2, _server.Requests.Count);
        Assert.Equal("Ember walked into the wood. She found a lantern.", final.Prose);
        Assert.DoesNotContain(final.Choices, c => c.Text.Contains("Stab"));
        Assert.Contains(final.Choices, c => c.Text == "Follow the light");
        Assert.True(final.Choices.Count >= 2);
        Assert.Equal("Gore/softened", Assert.Single(Moderated()).Detail);
    }

    [Fact]
    public async Task The_offline_storytellers_scene_is_checked_by_the_same_classifier_and_softened_without_a_second_try()
    {
        var scripted = new ScriptedChatClient(OpenAICompatibleServer.SplitTokens(Bad));
        var final = (await WriteFirstSceneAsync(await EngineAsync(scripted)))[^1].Scene;

        Assert.Single(scripted.Requests);
        Assert.Equal("Ember walked into the wood. She found a lantern.", final.Prose);
        Assert.DoesNotContain(final.Choices, c => c.Text.Contains("Stab"));
        Assert.Equal("Gore/softened", Assert.Single(Moderated()).Detail);
    }

    [Fact]
    public async Task A_scene_within_the_rating_is_left_as_it_is()
    {
        var scripted = new ScriptedChatClient(OpenAICompatibleServer.SplitTokens(Good));
        var final = (await WriteFirstSceneAsync(await EngineAsync(scripted)))[^1].Scene;
        Assert.Equal("Ember walked into the wood. Fireflies lit the path. She found a lantern.", final.Prose);
        Assert.Equal(2, final.Choices.Count);
        Assert.Empty(Moderated());
    }
}

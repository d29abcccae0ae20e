using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Generation;

public sealed class LiveProviderTests
{
    private sealed class Settings(TextGenerationOptions value) : IOptionsMonitor<TextGenerationOptions>
    {
        public TextGenerationOptions Value { get; set; } = value;
        public TextGenerationOptions CurrentValue => Value;
        public TextGenerationOptions Get(string? name) => Value;
        public IDisposable? OnChange(Action<TextGenerationOptions, string?> listener) => null;
    }

    private sealed class Tracked(string name) : IDisposable
    {
        public string Name { get; } = name;
        public bool Disposed { get; private set; }
        public void Dispose() => Disposed = true;
    }

    [Fact]
    public void A_change_builds_a_new_provider_and_the_old_one_is_disposed_once_its_last_call_ends()
    {
        var settings = new Settings(new TextGenerationOptions { Temperature = 0.5f });
        using var live = new LiveProvider<TextGenerationOptions, Tracked>(settings, o => new Tracked($"t={o.Temperature}"), NullLogger.Instance);

        var inFlight = live.Acquire();
        Assert.Equal("t=0.5", inFlight.Value.Name);

        // A reload with equal values keeps the provider.
        settings.Value = new TextGenerationOptions { Temperature = 0.5f };
        using (var same = live.Acquire()) Assert.Same(inFlight.Value, same.Value);

        settings.Value = new TextGenerationOptions { Temperature = 1.5f };
        using (var next = live.Acquire())
        {
            Assert.Equal("t=1.5", next.Value.Name);
            Assert.Equal(2, next.Version);
        }
        Assert.False(inFlight.Value.Disposed); // still writing a scene
        inFlight.Dispose();
        Assert.True(inFlight.Value.Disposed);
    }

    [Fact]
    public async Task The_storyteller_follows_the_options_for_its_next_call()
    {
        var settings = new Settings(new TextGenerationOptions { Offline = new() { WordDelay = TimeSpan.Zero } });
        using var storyteller = new CurrentStoryteller(settings, NullLogger<CurrentStoryteller>.Instance);
        Assert.Equal("offline", storyteller.ProviderName);
        Assert.NotEmpty((await storyteller.GetResponseAsync([new ChatMessage(ChatRole.User, "Hello")])).Text);

        settings.Value = new TextGenerationOptions
        {
            Provider = TextProvider.OpenAICompatible,
            OpenAICompatible = new() { Endpoint = new Uri("http://127.0.0.1:9/v1"), Model = "m", MaxRetries = 0, Timeout = TimeSpan.FromSeconds(2) },
        };
        Assert.Equal("openai-compatible", storyteller.ProviderName);
        Assert.Equal("m", storyteller.Model);
        await Assert.ThrowsAsync<GenerationException>(() => storyteller.GetResponseAsync([new ChatMessage(ChatRole.User, "Hello")]));
    }

    [Fact]
    public void Scene_length_is_honoured_by_the_offline_storyteller_and_asked_of_remote_models()
    {
        var seed = new StorySeed { Prompt = "A fox who paints the moon", Genre = "Fantasy", Audience = Audience.Adults, RandomSeed = 7 };
        int Words(SceneLength length)
        {
            var brief = new StoryBrief { Seed = seed, SceneNumber = 2, Path = ["Follow the fox"], SceneWords = SceneLengths.WordsFor(seed.Audience, length) };
            var text = OfflineStoryteller.Answer(StoryPrompt.ForScene(brief, ["Once upon a time."]));
            return SceneOutputParser.ProseSoFar(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }

        Assert.True(Words(SceneLength.Long) > Words(SceneLength.Standard) + 20, $"{Words(SceneLength.Long)} vs {Words(SceneLength.Standard)}");
        Assert.True(Words(SceneLength.Short) <= Words(SceneLength.Standard));

        var prompt = StoryPrompt.ForScene(new StoryBrief { Seed = seed, SceneNumber = 1, SceneWords = 72 }, []);
        Assert.Contains("Write about 72 words of prose", prompt[^1].Text);
    }
}

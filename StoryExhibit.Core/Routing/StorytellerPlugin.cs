using System.ComponentModel;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Routing;

/// <summary>The story-text capability: writes one scene with whichever chat client configuration chose.</summary>
public sealed class StorytellerPlugin(IChatClient storyteller, IOptionsMonitor<TextGenerationOptions> options, IOptionsMonitor<ExhibitOptions> exhibit)
{
    public const string Name = "Storyteller";
    public const string WriteScene = "write_scene";

    [KernelFunction(WriteScene)]
    [Description("Writes the next scene of a story, streaming its text as it is written: prose, then 2 or 3 choices or THE END.")]
    public async IAsyncEnumerable<string> WriteSceneAsync(
        [Description("The seed, the scene number, the choices taken so far and whether this scene ends the story.")] StoryBrief brief,
        [Description("The prose of the earlier scenes on the path, oldest first.")] IReadOnlyList<string> earlierScenes,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var settings = options.CurrentValue;
        // Staff may lower the ceiling while a story is under way: its next scenes follow the new limits.
        var seed = exhibit.CurrentValue.Content.Apply(brief.Seed);
        var words = SceneLengths.WordsFor(seed.Audience, settings.SceneLength);
        brief = brief with { Seed = seed, SceneWords = words };
        var chatOptions = new ChatOptions
        {
            Temperature = settings.Temperature,
            // A server's own MaxOutputTokens setting wins; otherwise the scene length caps the answer.
            MaxOutputTokens = settings.OpenAICompatible?.MaxOutputTokens is null ? SceneLengths.TokenBudget(words) : null,
        };
        await foreach (var update in storyteller.GetStreamingResponseAsync(StoryPrompt.ForScene(brief, earlierScenes), chatOptions, ct).ConfigureAwait(false))
        {
            if (!string.IsNullOrEmpty(update.Text)) yield return update.Text;
        }
    }
}

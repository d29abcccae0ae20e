using Microsoft.Extensions.AI;
using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Generation.Offline;

namespace StoryExhibit.Tests.Quality;

/// <summary>One scene as the measures read it: its prose cut into sentences the way narration cuts it.</summary>
internal sealed record QualityScene(string Prose, IReadOnlyList<string> Choices, bool IsEnding, IReadOnlyList<string> Sentences);

/// <summary>A scene and the scenes written after each of its choices (empty below the depth played).</summary>
internal sealed record SceneNode(QualityScene Scene, IReadOnlyList<SceneNode> Children);

/// <summary>
/// Everything played for one idea: every branch of the first two choices, the visitor's own choice after the
/// first scene, and one path (always the first choice) to the story's ending.
/// </summary>
internal sealed record PlayedIdea(VisitorIdea Idea, SceneNode Opening, QualityScene OwnChoiceScene, IReadOnlyList<QualityScene> ToEnding,
    IReadOnlyList<TimeSpan> EngineCpuPerScene)
{
    /// <summary>The story paths whose repetitions are measured: each two-choice branch, the own-choice branch, the path to the end.</summary>
    public IEnumerable<IReadOnlyList<QualityScene>> Paths()
    {
        foreach (var child in Opening.Children)
        {
            if (child.Children.Count == 0) yield return [Opening.Scene, child.Scene];
            foreach (var grandchild in child.Children) yield return [Opening.Scene, child.Scene, grandchild.Scene];
        }
        yield return [Opening.Scene, OwnChoiceScene];
        yield return ToEnding;
    }

    /// <summary>Scenes written after different choices at the same point: the own choice is a sibling of scene 1's choices.</summary>
    public IEnumerable<IReadOnlyList<QualityScene>> SiblingGroups()
    {
        yield return [.. Opening.Children.Select(c => c.Scene), OwnChoiceScene];
        foreach (var child in Opening.Children.Where(c => c.Children.Count > 1)) yield return [.. child.Children.Select(g => g.Scene)];
    }

    /// <summary>Every distinct scene played, each once.</summary>
    public IEnumerable<QualityScene> DistinctScenes() =>
        new[] { Opening.Scene, OwnChoiceScene }.Concat(Opening.Children.SelectMany(c => c.Children.Select(g => g.Scene).Prepend(c.Scene)))
            .Concat(ToEnding).DistinctBy(s => s.Prose);
}

/// <summary>Drives the real offline storyteller through <see cref="IChatClient"/>, brief by brief, as the app does.</summary>
internal static class QualityPlayer
{
    private static readonly SegmenterOptions WholeSentences = new(MinLength: 0, MaxLength: 100_000);

    public static async Task<IReadOnlyList<PlayedIdea>> PlayAll(IEnumerable<VisitorIdea> ideas, CancellationToken cancellationToken = default)
    {
        await Tell(VisitorIdeas.All[0].Seed, [], [], cancellationToken); // the first call pays for JIT compilation; not a scene's cost
        var played = new List<PlayedIdea>();
        foreach (var idea in ideas) played.Add(await Play(idea, cancellationToken));
        return played;
    }

    public static async Task<PlayedIdea> Play(VisitorIdea idea, CancellationToken cancellationToken = default)
    {
        var seed = idea.Seed;
        var cpu = new List<TimeSpan>();
        var opening = await Tell(seed, [], cpu, cancellationToken);
        var children = new List<SceneNode>();
        foreach (var choice in opening.Choices)
        {
            var child = await Tell(seed, [choice], cpu, cancellationToken);
            var grandchildren = new List<SceneNode>();
            foreach (var next in child.Choices) grandchildren.Add(new SceneNode(await Tell(seed, [choice, next], cpu, cancellationToken), []));
            children.Add(new SceneNode(child, grandchildren));
        }
        var own = await Tell(seed, [idea.OwnChoice], cpu, cancellationToken);

        var toEnding = new List<QualityScene> { opening };
        var path = new List<string>();
        while (!toEnding[^1].IsEnding && toEnding.Count <= seed.Length + 1)
        {
            path.Add(toEnding[^1].Choices[0]);
            toEnding.Add(await Tell(seed, path, cpu, cancellationToken));
        }
        return new PlayedIdea(idea, new SceneNode(opening, children), own, toEnding, cpu);
    }

    private static async Task<QualityScene> Tell(StorySeed seed, IReadOnlyList<string> path, List<TimeSpan> cpu, CancellationToken cancellationToken)
    {
        var messages = new[] { new ChatMessage(ChatRole.User, "Write the scene.\n" + StoryPlayer.Brief(seed, path).ToPromptBlock()) };
        // The offline storyteller answers synchronously on the calling thread, so that thread's CPU time is all its work.
        var before = ThreadCpuClock.Now();
        var response = await StoryPlayer.Teller.GetResponseAsync(messages, cancellationToken: cancellationToken);
        cpu.Add(ThreadCpuClock.Now() - before);
        var scene = StoryPlayer.Parse(response.Text);
        return new QualityScene(scene.Prose, scene.Choices, scene.IsEnding, SentenceSegmenter.Split(scene.Prose, WholeSentences));
    }
}

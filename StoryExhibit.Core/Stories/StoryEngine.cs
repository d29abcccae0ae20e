using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Routing;

namespace StoryExhibit.Core.Stories;

/// <summary>
/// Grows a story's tree: starts stories, writes scenes through the storyteller plugin while streaming
/// their prose, and saves every scene whatever happens (finished, stopped by the visitor, cut off by a
/// lost connection, or failed), so the story so far is never lost. Every text a visitor types is checked against the
/// story's rating first (<see cref="VisitorTextGuard"/>), and every scene after it is written (<see cref="SceneModeration"/>).
/// </summary>
/// <remarks>
/// Only one scene of a story is written at a time, whichever device asks (<see cref="LiveScenes"/>): a second writer gets
/// <see cref="StoryBusyException"/> and watches instead. Each write starts from the story as stored, not as the asking
/// device last saw it, and the store refuses a scene whose parent or choice is gone (<see cref="StoryChangedException"/>).
/// </remarks>
public sealed partial class StoryEngine(
    StoryStore store, Kernel kernel, EventRecorder events, IOptionsMonitor<TextGenerationOptions> textOptions, VisitorTextGuard guard,
    SceneModeration sceneModeration, LiveScenes live, ILogger<StoryEngine> log)
{
    /// <summary>How often a scene still being written is saved, so a crash loses little.</summary>
    internal static readonly TimeSpan CheckpointEvery = TimeSpan.FromSeconds(2);

    public Task<Story> StartAsync(StorySeed seed, CancellationToken ct) => StartAsync(seed, null, ct);

    /// <param name="visitorId">A pseudonym of the visitor's browser, so the dashboard counts visitors as well as stories.</param>
    public async Task<Story> StartAsync(StorySeed seed, string? visitorId, CancellationToken ct)
    {
        seed = StoryRules.Normalize(seed);
        var problems = StoryRules.Check(seed);
        if (problems.Count > 0) throw new ArgumentException(string.Join(" ", problems.Select(p => p.Message)), nameof(seed));
        await guard.EnsureSeedAsync(seed, ct);
        var story = await store.CreateAsync(new Story { Seed = seed, Title = StoryRules.TitleFor(seed) }, ct);
        log.LogInformation("Story {SessionCode} started: {Genre}, {Audience}, {Length} scenes", story.SessionCode, seed.Genre, seed.Audience, seed.Length);
        events.StoryStarted(story, visitorId);
        return story;
    }

    public Task<Story?> OpenAsync(string sessionCode, CancellationToken ct)
        => SessionCodes.Normalize(sessionCode) is { } code ? store.FindByCodeAsync(code, ct) : Task.FromResult<Story?>(null);

    public Task<Story?> GetAsync(Guid storyId, CancellationToken ct) => store.GetAsync(storyId, ct);

    /// <summary>Makes an earlier scene the current one, to read it again or branch from it.</summary>
    public Task MoveToAsync(Story story, Guid sceneId, CancellationToken ct)
    {
        story.CurrentSceneId = sceneId;
        if (story.Scenes.Find(s => s.Id == sceneId) is { } scene) scene.Unread = false;
        return store.SetCurrentSceneAsync(story.Id, sceneId, ct);
    }

    /// <summary>Adds the visitor's own "something else..." choice to a finished scene; <see cref="ContentRefusedException"/> when it does not fit the story.</summary>
    public async Task<Choice> AddCustomChoiceAsync(Story story, Guid sceneId, string text, CancellationToken ct)
    {
        text = StoryRules.NormalizeChoice(text);
        if (StoryRules.CheckCustomChoice(text) is { } problem) throw new ArgumentException(problem, nameof(text));
        await guard.EnsureAsync(VisitorTextField.OwnChoice, text, story, ct);
        var scene = story.Scenes.First(s => s.Id == sceneId);
        var choice = new Choice { SceneId = sceneId, Text = text, IsCustom = true, Position = scene.Choices.Count };
        await store.AddChoiceAsync(choice, ct);
        scene.Choices.Add(choice);
        return choice;
    }

    /// <summary>
    /// Writes the scene that follows <paramref name="choiceId"/> of <paramref name="fromSceneId"/>, or the
    /// first scene when both are null. A choice taken before leads back to the scene already written for it.
    /// </summary>
    public async IAsyncEnumerable<SceneProgress> ContinueAsync(Story story, Guid? fromSceneId, Guid? choiceId, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var writer = live.TryBegin(story.Id) ?? throw new StoryBusyException();
        var tree = await ReloadAsync(story, ct);
        var parent = fromSceneId is { } id ? tree.Find(id) ?? throw new StoryChangedException(StoryChangedException.SceneGone) : null;
        if (choiceId is { } via && parent?.Choices.Any(c => c.Id == via) != true) throw new StoryChangedException(StoryChangedException.ChoiceGone);
        if (choiceId is { } chosen) RecordChoice(story, tree, fromSceneId, chosen);
        if (choiceId is { } taken && tree.ChildVia(taken) is { } existing)
        {
            await MoveToAsync(story, existing.Id, ct);
            yield return new SceneProgress(existing, existing.Prose, Finished: true);
            yield break;
        }
        if (fromSceneId is null && tree.ChildrenOf(null).FirstOrDefault() is { } first)
        {
            await MoveToAsync(story, first.Id, ct);
            yield return new SceneProgress(first, first.Prose, Finished: true);
            yield break;
        }

        if (parent is { IsEnding: true }) throw new InvalidOperationException("The story ended with that scene.");
        var scene = new Scene { StoryId = story.Id, ParentId = parent?.Id, ViaChoiceId = choiceId, Number = (parent?.Number ?? 0) + 1 };
        await store.AddSceneAsync(scene, ct); // and makes it the current scene
        story.Scenes.Add(scene);
        story.CurrentSceneId = scene.Id;
        writer.Begin(scene);
        await foreach (var progress in WriteAsync(story, scene, soFar: null, ct).ConfigureAwait(false)) yield return writer.Published(progress);
    }

    /// <summary>Writes the last scene of a path again, differently. Scenes with branches below them are kept as they are.</summary>
    public async IAsyncEnumerable<SceneProgress> RegenerateAsync(Story story, Guid sceneId, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var writer = live.TryBegin(story.Id) ?? throw new StoryBusyException();
        var tree = await ReloadAsync(story, ct);
        var scene = tree.Find(sceneId) ?? throw new StoryChangedException(StoryChangedException.SceneGone);
        if (tree.ChildrenOf(scene.Id).Count > 0) throw new InvalidOperationException("Only the last scene of a path can be written again.");
        var from = scene.Variant;
        scene.Variant++;
        scene.Prose = "";
        scene.Error = null;
        scene.IsEnding = false;
        scene.State = SceneState.Writing;
        scene.Choices.Clear();
        await store.RestartSceneAsync(scene, from, ct);
        await MoveToAsync(story, scene.Id, ct);
        writer.Begin(scene);
        await foreach (var progress in WriteAsync(story, scene, soFar: null, ct).ConfigureAwait(false)) yield return writer.Published(progress);
    }

    /// <summary>
    /// Carries on writing a scene that was cut short (stopped, failed, or the server went away) from its saved words: the
    /// storyteller continues the text rather than starting again. Only the last scene of a path, and only one with prose.
    /// </summary>
    public async IAsyncEnumerable<SceneProgress> ResumeAsync(Story story, Guid sceneId, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var writer = live.TryBegin(story.Id) ?? throw new StoryBusyException();
        var tree = await ReloadAsync(story, ct);
        var scene = tree.Find(sceneId) ?? throw new StoryChangedException(StoryChangedException.SceneGone);
        if (tree.ChildrenOf(scene.Id).Count > 0) throw new InvalidOperationException("Only the last scene of a path can be carried on.");
        if (scene.State == SceneState.Complete || scene.IsEnding || scene.Prose.Length == 0)
            throw new InvalidOperationException("Only a scene cut short, with some words saved, can be carried on.");
        var soFar = scene.Prose;
        scene.State = SceneState.Writing;
        scene.Error = null;
        scene.Choices.Clear();
        await store.SaveSceneAsync(scene, ct);
        await MoveToAsync(story, scene.Id, ct);
        writer.Begin(scene);
        await foreach (var progress in WriteAsync(story, scene, soFar, ct).ConfigureAwait(false)) yield return writer.Published(progress);
    }

    /// <summary>The story as stored now (another device may have grown it): the writer builds on that, not on an old copy.</summary>
    private async Task<StoryTree> ReloadAsync(Story story, CancellationToken ct)
    {
        var stored = await store.GetAsync(story.Id, ct) ?? throw new StoryDeletedException();
        story.Scenes = stored.Scenes;
        return new StoryTree(story.Scenes, story.CurrentSceneId);
    }

    /// <param name="soFar">The saved words of a scene being carried on; null to write it from its start.</param>
    private async IAsyncEnumerable<SceneProgress> WriteAsync(Story story, Scene scene, string? soFar, [EnumeratorCancellation] CancellationToken ct)
    {
        var tree = new StoryTree(story.Scenes, scene.Id);
        var earlier = tree.PathTo(scene.Id).SkipLast(1).ToList();
        var brief = new StoryBrief
        {
            Seed = story.Seed,
            SceneNumber = scene.Number,
            Path = tree.ChoicesTo(scene.Id),
            FinalScene = scene.Number >= story.Seed.Length,
            Variant = scene.Variant,
            SoFar = soFar,
        };

        var took = Stopwatch.StartNew();
        var seed = sceneModeration.Limited(story.Seed);
        // A real provider may be asked again, once, more firmly; the deterministic offline storyteller would only repeat itself.
        var canRewrite = textOptions.CurrentValue.Provider != TextProvider.Offline;
        var attempt = new SceneAttempt();
        ModerationCategory? rewrittenFor = null;
        var firstWordsSeen = false;
        for (var tries = 0; ; tries++)
        {
            attempt = new SceneAttempt { WatchForRewrite = canRewrite && tries == 0 };
            await foreach (var progress in StreamAsync(story, scene, brief, earlier, attempt, ct).ConfigureAwait(false))
            {
                if (!firstWordsSeen && progress.Prose.Length > 0)
                {
                    firstWordsSeen = true;
                    events.SceneFirstWords(story, textOptions.CurrentValue.Provider.ToString(), took.Elapsed);
                }
                yield return progress;
            }
            if (attempt.Outcome != SceneState.Complete) break;
            var verdict = attempt.Exceeded is { } seen
                ? new ModerationVerdict(false, seen, ContentFindings.None)
                : await sceneModeration.CheckAsync(attempt.Output, seed, askProvider: canRewrite, CancellationToken.None).ConfigureAwait(false);
            if (verdict.Allowed)
            {
                if (rewrittenFor is { } category) events.SceneModerated(story, category, "rewritten");
                break;
            }
            if (canRewrite && tries == 0)
            {
                log.LogInformation("Scene {SceneNumber} of story {SessionCode} went beyond its rating ({Category}); writing it again", scene.Number, story.SessionCode, verdict.Category);
                // Written again from its start: the words kept so far may be what went beyond the rating.
                brief = brief with { ContentReminder = SceneModeration.FirmerInstruction(verdict.Category!.Value, seed), SoFar = null };
                rewrittenFor = verdict.Category;
                yield return new SceneProgress(scene, "", Finished: false);
                continue;
            }
            log.LogInformation("Scene {SceneNumber} of story {SessionCode} went beyond its rating ({Category}); softened", scene.Number, story.SessionCode, verdict.Category);
            attempt.Output = sceneModeration.Soften(attempt.Output, seed);
            events.SceneModerated(story, verdict.Category!.Value, "softened");
            break;
        }

        Finish(scene, attempt.Output, attempt.Outcome);
        // Saved even when the visitor stopped or left: the story so far is never lost.
        await store.SaveSceneAsync(scene, CancellationToken.None).ConfigureAwait(false);
        log.LogInformation("Scene {SceneNumber} of story {SessionCode} {State}: {Words} words, {Choices} choices, ending {IsEnding}",
            scene.Number, story.SessionCode, scene.State, CountWords(scene.Prose), scene.Choices.Count, scene.IsEnding);
        events.SceneGenerated(story, scene.State == SceneState.Complete ? textOptions.CurrentValue.Provider.ToString() : scene.State.ToString(), took.Elapsed);
        if (scene.IsEnding) events.StoryFinished(story, scene.Number);
        yield return new SceneProgress(scene, scene.Prose, Finished: true);
    }

    /// <summary>A choice taken: a new branch when its scene already grew another one, a revisit when it was taken before.</summary>
    private void RecordChoice(Story story, StoryTree tree, Guid? fromSceneId, Guid choiceId)
    {
        var from = fromSceneId is { } id ? tree.Find(id) : null;
        var revisit = tree.ChildVia(choiceId) is not null;
        var custom = from?.Choices.FirstOrDefault(c => c.Id == choiceId)?.IsCustom == true;
        events.ChoiceMade(story, revisit ? "revisit" : custom ? "custom" : "offered");
        if (!revisit && from is not null && tree.ChildrenOf(from.Id).Count > 0) events.BranchTaken(story, from.Number);
    }

    private static void Finish(Scene scene, SceneOutput output, SceneState outcome)
    {
        scene.Prose = output.Prose;
        scene.State = outcome;
        scene.IsEnding = outcome == SceneState.Complete && output.IsEnding;
        // A stopped or failed scene still offers ways on, unless nothing at all was written.
        var offered = scene.IsEnding || (outcome != SceneState.Complete && output.Prose.Length == 0) ? [] : output.Choices;
        scene.Choices = offered.Select((text, i) => new Choice { SceneId = scene.Id, Position = i, Text = text }).ToList();
    }

    private static int CountWords(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
}

using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Routing;

namespace StoryExhibit.Core.Stories;

public sealed partial class StoryEngine
{
    /// <summary>Streams one attempt at the scene into <paramref name="attempt"/>: its text, how it ended, and (when watching) the first sentence beyond the rating.</summary>
    private async IAsyncEnumerable<SceneProgress> StreamAsync(Story story, Scene scene, StoryBrief brief, List<Scene> earlier, SceneAttempt attempt,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var text = new StringBuilder(brief.SoFar);
        var checkpoint = Stopwatch.StartNew();
        var seed = sceneModeration.Limited(story.Seed);
        // From the first piece on, the scene's pieces do not return to the caller's context (a Blazor circuit) at every
        // level of these iterators, only in the caller's own loop: one hop per piece instead of four.
        var tokens = kernel.WriteSceneAsync(brief, earlier.Select(s => s.Prose).ToList(), ct).GetAsyncEnumerator(ct);
        await using (tokens.ConfigureAwait(false))
        {
            while (true)
            {
                try
                {
                    if (!await tokens.MoveNextAsync().ConfigureAwait(false)) break;
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    attempt.Outcome = SceneState.Stopped;
                    break;
                }
                catch (Exception ex)
                {
                    scene.Error = ex is GenerationException ? ex.Message : "The storyteller lost the thread of the story.";
                    log.LogWarning(ex, "Scene {SceneNumber} of story {SessionCode} failed", scene.Number, story.SessionCode);
                    attempt.Outcome = SceneState.Failed;
                    break;
                }
                AppendContinuing(text, tokens.Current, brief.SoFar);
                var prose = SceneOutputParser.ProseSoFar(text.ToString());
                // Stopped at the first sentence beyond the rating, so the visitor reads no more of it before it is written again.
                if (attempt.WatchForRewrite && sceneModeration.Watch(prose, seed, ref attempt.CheckedUpTo) is { } exceeded)
                {
                    attempt.Exceeded = exceeded;
                    break;
                }
                if (checkpoint.Elapsed >= CheckpointEvery)
                {
                    scene.Prose = prose;
                    await store.SaveSceneAsync(scene, CancellationToken.None).ConfigureAwait(false);
                    checkpoint.Restart();
                }
                yield return new SceneProgress(scene, prose, Finished: false);
            }
        }
        attempt.Output = SceneOutputParser.Parse(text.ToString(), story.Seed.Genre, cutOff: attempt.Outcome != SceneState.Complete);
    }

    /// <summary>One attempt at writing a scene.</summary>
    private sealed class SceneAttempt
    {
        public bool WatchForRewrite { get; init; }
        public SceneState Outcome { get; set; } = SceneState.Complete;
        public SceneOutput Output { get; set; } = new("", [], false, false);
        public ModerationCategory? Exceeded { get; set; }
        public int CheckedUpTo;
    }

    /// <summary>
    /// Adds streamed text; the first piece after saved words gets a space when the storyteller starts a new word
    /// straight after the last saved one (a model answering "continue" rarely begins with the separator).
    /// </summary>
    private static void AppendContinuing(StringBuilder text, string piece, string? soFar)
    {
        if (soFar is { Length: > 0 } && text.Length == soFar.Length && piece.Length > 0
            && !char.IsWhiteSpace(soFar[^1]) && !char.IsWhiteSpace(piece[0]) && !char.IsPunctuation(piece[0]))
            text.Append(' ');
        text.Append(piece);
    }
}

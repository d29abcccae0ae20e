using System.Text;
using Microsoft.Extensions.AI;

namespace StoryExhibit.Core.Stories;

/// <summary>Builds the messages that ask a storyteller for one scene.</summary>
public static class StoryPrompt
{
    /// <summary>How many earlier scenes are quoted in full; older ones are left out to keep prompts short.</summary>
    public const int ScenesQuoted = 4;

    public static List<ChatMessage> ForScene(StoryBrief brief, IReadOnlyList<string> earlierScenes)
    {
        var seed = brief.Seed;
        var system = $"""
            You are the storyteller of an interactive story exhibit in a museum. You write a {seed.Genre.ToLowerInvariant()} story
            together with a visitor, one scene at a time. {AudienceGuidance(seed.Audience)} {RatingGuidance(seed.Rating)}
            Keep every named character, place, object and fact consistent with the earlier scenes.
            {SceneFormat.Instructions}
            """;

        var user = new StringBuilder();
        if (earlierScenes.Count > 0)
        {
            user.AppendLine("The story so far:");
            foreach (var scene in earlierScenes.TakeLast(ScenesQuoted)) user.AppendLine(scene.Trim()).AppendLine();
        }
        user.AppendLine("The brief (JSON):").AppendLine(brief.ToPromptBlock()).AppendLine();
        if (brief.Path.Count > 0) user.AppendLine($"The visitor chose: \"{brief.Path[^1]}\".");
        if (brief.ContentReminder is { } reminder) user.AppendLine(reminder);
        if (brief.SceneWords is { } words) user.AppendLine($"Write about {words} words of prose before the choices.");
        if (brief.SoFar is not null)
            user.AppendLine("This scene was cut short. The brief's \"soFar\" is its beginning, already read by the visitor: continue the scene "
                + "from exactly where it stops, without repeating any of it, then finish it as asked below.");
        user.Append(brief.FinalScene
            ? $"Write scene {brief.SceneNumber}, the final scene, with an ending that is {EndingWords(seed.Ending)}, then \"{SceneFormat.EndMarker}\"."
            : $"Write scene {brief.SceneNumber} of about {seed.Length} ({ArcStage(brief.SceneNumber, seed.Length)}).");
        return [new(ChatRole.System, system), new(ChatRole.User, user.ToString())];
    }

    public static string ArcStage(int sceneNumber, int length) => sceneNumber switch
    {
        1 => "the opening",
        _ when sceneNumber >= length => "the resolution",
        _ when sceneNumber == length - 1 => "the climax",
        _ => "rising action",
    };

    private static string AudienceGuidance(Audience audience) => audience switch
    {
        Audience.Children => "The visitor is a child: short sentences, simple words, warm and wondrous.",
        Audience.Teens => "The visitor is a teenager: lively, clear sentences with some rich words.",
        _ => "The visitor is an adult: rich vocabulary and varied sentences.",
    };

    private static string RatingGuidance(ContentRating rating) => rating switch
    {
        ContentRating.Gentle => "Nothing violent or frightening at all.",
        ContentRating.Mild => "Mild suspense is fine; no graphic violence.",
        _ => "Real peril and suspense are fine; nothing graphic.",
    };

    private static string EndingWords(EndingPreference ending) => ending switch
    {
        EndingPreference.Happy => "happy",
        EndingPreference.Bittersweet => "bittersweet",
        EndingPreference.Twist => "a surprising twist",
        EndingPreference.Open => "open, leaving a question in the air",
        _ => "surprising",
    };
}

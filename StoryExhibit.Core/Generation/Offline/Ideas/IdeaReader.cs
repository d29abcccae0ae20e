using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Reads a visitor's free text into story material. Pure and deterministic.</summary>
internal static class IdeaReader
{
    /// <summary>The idea box and the story elements together (elements win where both speak).</summary>
    public static StoryIdea Read(StorySeed seed) => new();

    /// <summary>A visitor's own choice ("She opens the bottle", "let's run to the cliffs") as the hero's deed;
    /// null when no deed can be read from it.</summary>
    public static IdeaAction? ReadAction(string choice, Pronouns hero) => null;
}

using System.Text;
using StoryExhibit.Core.Narration;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Ask;

/// <summary>
/// The story a chat is about, as the storyteller knows it: its title, cast, place and object (from the seed) and what
/// has happened so far (the scenes on the path being read, oldest first), with the audience and rating its answers keep to.
/// </summary>
public sealed record AskStory(string Title, StorySeed Seed, IReadOnlyList<string> Scenes)
{
    public static AskStory From(Story story, IEnumerable<Scene> path) =>
        new(story.Title, story.Seed, [.. path.Where(s => s.Prose.Length > 0).Select(s => s.Prose)]);

    /// <summary>The story for a model's prompt: cast, place, object and the scenes so far (the latest in full, earlier ones shortened).</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"Title: {Title}. Genre: {Seed.Genre}. Told for {Seed.Audience.ToString().ToLowerInvariant()}, rated {Seed.Rating.ToString().ToLowerInvariant()}.");
        if (Seed.Characters.Count > 0) text.AppendLine("Characters: " + string.Join(", ", Seed.Characters) + ".");
        if (!string.IsNullOrWhiteSpace(Seed.Place)) text.AppendLine($"Place: {Seed.Place}.");
        if (!string.IsNullOrWhiteSpace(Seed.StoryObject)) text.AppendLine($"Important object: {Seed.StoryObject}.");
        text.AppendLine($"The visitor's idea: {Seed.Prompt}");
        for (var i = 0; i < Scenes.Count; i++)
        {
            var prose = i == Scenes.Count - 1 || Scenes[i].Length <= 600 ? Scenes[i] : Scenes[i][..600] + "…";
            text.AppendLine($"Scene {i + 1}: {prose}");
        }
        return text.ToString();
    }

    /// <summary>The story's sentences, scene by scene (with their scene number).</summary>
    public IEnumerable<(int Scene, string Sentence)> Sentences() =>
        Scenes.SelectMany((prose, i) => SentenceSegmenter.Split(prose).Select(s => (i + 1, s.Trim())));
}

using Microsoft.Extensions.AI;
using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Generation.Offline;

/// <summary>One scene as the tests read it, with plain string logic.</summary>
internal sealed record PlayedScene(string Text, string Prose, IReadOnlyList<string> Choices, bool IsEnding);

/// <summary>Plays whole stories against the offline storyteller, the way the app would.</summary>
internal static class StoryPlayer
{
    public static readonly OfflineStoryteller Teller = new(new OfflineStorytellerOptions { WordDelay = TimeSpan.Zero });

    public static StorySeed Seed(int randomSeed = 7, string genre = "Fantasy", Audience audience = Audience.Teens,
        ContentRating rating = ContentRating.Mild, EndingPreference ending = EndingPreference.Happy, int length = 5,
        string prompt = "a lighthouse keeper who finds a map made of moonlight", IReadOnlyList<string>? characters = null) => new()
    {
        Prompt = prompt, Genre = genre, Audience = audience, Rating = rating, Ending = ending, Length = length,
        RandomSeed = randomSeed, Characters = characters ?? [],
    };

    public static StoryBrief Brief(StorySeed seed, IReadOnlyList<string> path, int variant = 0, bool final = false) => new()
    {
        Seed = seed, SceneNumber = path.Count + 1, Path = path.ToArray(), Variant = variant, FinalScene = final,
    };

    public static async Task<string> Tell(StoryBrief brief)
    {
        var response = await Teller.GetResponseAsync([new ChatMessage(ChatRole.User, "Write the scene.\n" + brief.ToPromptBlock())]);
        return response.Text;
    }

    /// <summary>Plays to the end; <paramref name="pick"/> chooses an index among each scene's choices.</summary>
    public static async Task<List<PlayedScene>> Play(StorySeed seed, Func<int, int, int>? pick = null)
    {
        pick ??= (scene, count) => (scene * 7 + seed.RandomSeed) % count;
        var path = new List<string>();
        var scenes = new List<PlayedScene>();
        for (var n = 1; n <= seed.Length + 1; n++)
        {
            var scene = Parse(await Tell(Brief(seed, path)));
            scenes.Add(scene);
            if (scene.IsEnding) return scenes;
            path.Add(scene.Choices[pick(n, scene.Choices.Count)]);
        }
        throw new InvalidOperationException("The story did not end within its planned length.");
    }

    public static PlayedScene Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n").TrimEnd().Split('\n');
        var heading = Array.IndexOf(lines, SceneFormat.ChoicesHeading);
        if (heading >= 0)
        {
            var choices = lines[(heading + 1)..].Select(l => l[(l.IndexOf(". ", StringComparison.Ordinal) + 2)..]).ToList();
            return new PlayedScene(text, string.Join('\n', lines[..heading]).Trim(), choices, false);
        }
        Assert.Equal(SceneFormat.EndMarker, lines[^1]);
        return new PlayedScene(text, string.Join('\n', lines[..^1]).Trim(), [], true);
    }

    public static IEnumerable<string> Sentences(string prose) =>
        System.Text.RegularExpressions.Regex.Split(prose.Replace("\n", " "), @"(?<=[.!?][”""]?)\s+(?=[A-Z“""])")
            .Select(s => s.Trim()).Where(s => s.Length > 0);

    public static string[] Words(string prose) =>
        System.Text.RegularExpressions.Regex.Matches(prose, @"[\p{L}'’-]+").Select(m => m.Value).ToArray();
}

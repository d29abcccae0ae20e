using System.Text.RegularExpressions;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Writer;

/// <summary>The story seed a writer's inputs make: what the story page, narration, pictures and exports read.</summary>
public static partial class WriterSeed
{
    /// <param name="chapters">How many chapters the (possibly edited) outline has; the inputs' count when null.</param>
    public static StorySeed From(WriterInputs inputs, int? chapters = null)
    {
        inputs = WriterRules.Normalize(inputs);
        return new StorySeed
        {
            // The visitor's own words, not the outline's premise: the offline world is read from them, the same for outline and chapters.
            Prompt = Cut(inputs.PlotElements, StoryLimits.PromptMax),
            Genre = GenreOf(inputs),
            Characters = [.. WriterRules.CharacterLines(inputs.Characters).Take(StoryLimits.MaxCharacters).Select(AsElement)],
            Place = inputs.Setting.Length == 0 ? null : Cut(inputs.Setting, StoryLimits.ElementMax),
            Audience = inputs.Audience,
            Rating = inputs.Rating,
            Ending = inputs.Ending,
            Length = Math.Clamp(chapters ?? inputs.Chapters, StoryLimits.LengthMin, StoryLimits.LengthMax),
            RandomSeed = (int)(Generation.Offline.StoryRandom.Hash(inputs.PlotElements, inputs.Setting, inputs.Characters) & 0x7FFFFFFF),
        };
    }

    /// <summary>The genre the persona, setting and plot point to ("science fiction author" in "a city in 2150"); adventure otherwise.</summary>
    public static string GenreOf(WriterInputs inputs)
    {
        var text = $"{inputs.Persona} {inputs.Setting} {inputs.PlotElements}".ToLowerInvariant();
        foreach (var (word, genre) in Hints)
            if (text.Contains(word, StringComparison.Ordinal)) return genre;
        return "Adventure";
    }

    /// <summary>"John is a tall man" reads as the element "John, a tall man" (a name, then who they are).</summary>
    private static string AsElement(string line)
    {
        var m = NameIsDescription().Match(line);
        var element = m.Success ? $"{m.Groups[1].Value}, {m.Groups[2].Value}" : line;
        return Cut(element, StoryLimits.ElementMax);
    }

    internal static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var cut = text.LastIndexOf(' ', max - 1);
        return text[..(cut < max / 2 ? max : cut)].TrimEnd(',', ' ', ';', ':');
    }

    private static readonly (string Word, string Genre)[] Hints =
    [
        ("science fiction", "Science fiction"), ("sci-fi", "Science fiction"), ("futur", "Science fiction"), ("space", "Science fiction"),
        ("robot", "Science fiction"), ("planet", "Science fiction"), ("detective", "Mystery"), ("myster", "Mystery"), ("crime", "Mystery"),
        ("ghost", "Ghost story"), ("haunt", "Ghost story"), ("fairy", "Fairy tale"), ("princess", "Fairy tale"), ("comed", "Comedy"),
        ("funny", "Comedy"), ("myth", "Myth and legend"), ("legend", "Myth and legend"), ("dragon", "Fantasy"), ("magic", "Fantasy"),
        ("wizard", "Fantasy"), ("fantasy", "Fantasy"), ("pirate", "Adventure"),
    ];

    [GeneratedRegex(@"^((?:\p{Lu}[\p{L}'’-]*\s?){1,3})\s+(?:is|was)\s+(.+)$")] private static partial Regex NameIsDescription();
}

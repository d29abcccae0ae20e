using System.Globalization;
using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Writer;

/// <summary>
/// The long-form writer without a model, built on the offline storyteller's material: the story world (cast, place,
/// object, obstacle) comes from the visitor's inputs, the outline follows one path through the scenes the composer
/// offers, and each chapter is the composer's scene for that path, so chapters keep to the outline and to one another.
/// A chapter summary the visitor edited is read the way a visitor's own choice is.
/// </summary>
internal static class OfflineWriter
{
    public static WriterOutline Outline(WriterInputs inputs)
    {
        var count = Math.Clamp(inputs.Chapters, WriterLimits.ChaptersMin, WriterLimits.ChaptersMax);
        var seed = WriterSeed.From(inputs, count);
        var world = WorldBuilder.Build(seed);
        var rng = StoryRandom.From(seed.RandomSeed, "outline");
        var lead = $"{world.Hero} and {world.Companion}";
        var chapters = new List<OutlineChapter> { new(TitleCase(world.PlaceShort), $"{lead} set out {world.PlacePreposition} {world.Place} to {world.Goal}.") };
        var path = new List<string>();
        var titles = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { chapters[0].Title };
        for (var number = 1; number < count; number++)
        {
            var scene = SceneOutputParser.Parse(SceneComposer.Compose(Brief(seed, number, path)), seed.Genre);
            var choice = scene.Choices.Count > 0 ? scene.Choices[rng.Next(scene.Choices.Count)] : $"Go on towards the {world.Key}";
            path.Add(choice);
            var last = number == count - 1;
            var title = last ? "The " + TitleCase(world.Key) : TitleOf(choice);
            // A place or person met twice is titled by what happens there the second time; met a third time, "... Again".
            if (!titles.Add(title))
            {
                title = TitleCase(choice.TrimEnd('.', '!'));
                if (!titles.Add(title))
                {
                    var repeated = title;
                    title = Again.Select(word => $"{repeated} {word}").FirstOrDefault(t => !titles.Contains(t)) ?? $"{repeated}, Chapter {number + 1}";
                    titles.Add(title);
                }
            }
            chapters.Add(new OutlineChapter(title, $"{lead} {PromptReader.LowerFirst(choice)}."));
        }
        var premise = $"{PromptReader.UpperFirst(world.HeroCharacter.Full)} and {world.Companion}, {world.CompanionKind}, must {world.Goal} "
                      + $"{world.PlacePreposition} {world.Place}, though the {world.Foe} stands in their way.";
        return new WriterOutline { Title = StoryRules.TitleFor(seed), Premise = premise, Chapters = chapters };
    }

    private static readonly string[] Again = ["Again", "Once More", "Yet Again"];

    /// <summary>Chapter <paramref name="index"/> (0-based) of the outline, as prose in the chosen point of view.</summary>
    public static string Chapter(WriterInputs inputs, WriterOutline outline, int index)
    {
        var seed = WriterSeed.From(inputs, outline.Chapters.Count);
        var world = WorldBuilder.Build(seed);
        var firstPerson = inputs.View == NarrativeView.FirstPerson;
        var lead = $"{world.Hero} and {world.Companion} ";
        var path = outline.Chapters.Skip(1).Take(index)
            .Select(c => c.Summary.TrimEnd('.', ' '))
            .Select(s => s.StartsWith(lead, StringComparison.OrdinalIgnoreCase) ? s[lead.Length..] : s)
            .Select(s => firstPerson ? FirstPersonVoice.ForPath(s, world.Hero) : s)
            .ToList();
        var brief = Brief(seed, index + 1, path);
        var text = firstPerson ? SceneComposer.Compose(brief, FirstPersonVoice.Retell) : SceneComposer.Compose(brief);
        var prose = SceneOutputParser.Parse(text, seed.Genre).Prose;
        return firstPerson ? FirstPersonVoice.Apply(prose) : prose;
    }

    private static StoryBrief Brief(StorySeed seed, int number, IReadOnlyList<string> path) => new()
    {
        Seed = seed, SceneNumber = number, Path = [.. path], FinalScene = number >= seed.Length,
    };

    /// <summary>"Explore the old mill" gives "The Old Mill"; a choice without a thing named is its own title.</summary>
    private static string TitleOf(string choice)
    {
        var words = choice.TrimEnd('.', '!').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var from = Array.FindIndex(words, 1, w => w is "the" or "a" or "an");
        var end = from < 0 ? words.Length
            : Array.FindIndex(words, from + 1, w => w is "for" or "from" or "bravely" or "quietly" or "first" or "afar" or "a" or "an" or "the");
        var title = from < 0 ? words : words[from..(end < 0 ? words.Length : end)];
        return TitleCase(string.Join(' ', title.Length == 0 ? words : title));
    }

    private static string TitleCase(string text)
    {
        var small = new HashSet<string> { "of", "the", "a", "an", "and", "to", "in", "on", "at", "for", "by" };
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Select((w, i) => i > 0 && small.Contains(w) ? w : CultureInfo.InvariantCulture.TextInfo.ToTitleCase(w[..1]) + w[1..]));
    }
}

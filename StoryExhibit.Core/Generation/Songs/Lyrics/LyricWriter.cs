using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Songs.Lyrics;

/// <summary>
/// The offline lyric engine: two verses of four lines (the second and fourth rhyme; the first and third tell the story:
/// its hero, place, thing and the choices taken) and a chorus of two rhymed couplets around a hook with the hero's name.
/// Lines are picked closest to the kind's metre; the same wish for the same story always gives the same song.
/// </summary>
public static class LyricWriter
{
    /// <summary>Syllables a line aims for: a lullaby sways in eights, the rest march in eights too, sung faster.</summary>
    public const int TargetSyllables = 8;

    public static SongLyrics Write(SongKind kind, SongStory story, int seed)
    {
        ArgumentNullException.ThrowIfNull(story);
        var random = new Random(seed);
        var book = LyricBook.For(kind);
        var forChildren = story.Audience == Audience.Children || story.Rating == ContentRating.Gentle;
        var families = book.Families.Select(f => f with { Lines = f.Lines.Where(l => !forChildren || !l.StartsWith('!')).Select(l => l.TrimStart('!')).ToList() }).ToList();

        var hookFamily = families.First(f => f.Ending == book.HookEnding);
        var others = families.Where(f => f != hookFamily).OrderBy(_ => random.Next()).ToList();
        var chorus = new List<string> { Fill(book.Hook, story)!, Pick(hookFamily, 1, random, story)[0] };
        chorus.AddRange(Pick(others[0], 2, random, story));

        var free = book.FreeLines.Select(l => Fill(l, story)).OfType<string>().Distinct().ToList();
        var storyLines = OrderForStory(free, random);
        var verses = new List<IReadOnlyList<string>>();
        for (var v = 0; v < 2; v++)
        {
            var rhymes = Pick(others[1 + v % (others.Count - 1)], 2, random, story);
            verses.Add([Capital(storyLines[(2 * v) % storyLines.Count]), rhymes[0], Capital(storyLines[(2 * v + 1) % storyLines.Count]), rhymes[1]]);
        }
        return new SongLyrics(Fill(book.Title, story)!, kind, verses, chorus.Select(Capital).ToList());
    }

    /// <summary>The story lines nearest the metre first, keeping one with a deed if there is one.</summary>
    private static List<string> OrderForStory(List<string> lines, Random random) =>
        lines.OrderBy(l => Math.Abs(Syllables.InLine(l) - TargetSyllables) + random.NextDouble()).Take(4).ToList();

    /// <summary><paramref name="count"/> different lines of a family, nearest the metre.</summary>
    private static List<string> Pick(LyricBook.Family family, int count, Random random, SongStory story) =>
        family.Lines.Select(l => Fill(l, story)).OfType<string>()
            .OrderBy(l => Math.Abs(Syllables.InLine(l) - TargetSyllables) + 2 * random.NextDouble())
            .Take(count).Select(Capital).ToList();

    /// <summary>The line with the story's words in it, or null when it needs something the story lacks.</summary>
    internal static string? Fill(string template, SongStory story)
    {
        var deed = story.Deeds.Count > 0 ? story.Deeds[^1] : null;
        if (template.Contains("{deed}", StringComparison.Ordinal) && deed is null) return null;
        if (template.Contains("{thing}", StringComparison.OrdinalIgnoreCase) && story.Thing is null) return null;
        return template
            .Replace("{Hero}", Capital(story.Hero), StringComparison.Ordinal)
            .Replace("{hero}", story.Hero, StringComparison.Ordinal)
            .Replace("{place}", story.Place, StringComparison.Ordinal)
            .Replace("{Thing}", story.Thing is null ? "" : Capital(story.Thing), StringComparison.Ordinal)
            .Replace("{thing}", story.Thing ?? "", StringComparison.Ordinal)
            .Replace("{deed}", deed ?? "", StringComparison.Ordinal);
    }

    private static string Capital(string line) => line.Length == 0 ? line : char.ToUpperInvariant(line[0]) + line[1..];
}

namespace StoryExhibit.Core.Generation.Offline.Grammar;

/// <summary>Short forms of noun phrases, so a long phrase is said once and then referred to briefly.</summary>
internal static class Phrases
{
    private static readonly string[] Titles =
        ["captain", "doctor", "dr", "professor", "sir", "lady", "lord", "queen", "king", "princess", "prince", "mr", "mrs", "ms", "miss", "aunt", "uncle", "grandma", "grandpa", "old"];

    private static readonly string[] Cuts =
        [" who ", " which ", " that ", " with ", " in ", " on ", " from ", " at ", " by ", " beyond ", " under ", " full of ", " made of ", " for "];

    /// <summary>"Captain Ada Reyes" gives "Ada"; "Nell" stays "Nell".</summary>
    public static string FirstName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var i = 0;
        while (i < words.Length - 1 && Titles.Contains(words[i].TrimEnd('.').ToLowerInvariant())) i++;
        return words.Length == 0 ? name : words[i];
    }

    /// <summary>The phrase without what follows its head: "message in a bottle" gives "message",
    /// "notebook full of clues" gives "notebook", "pair of red shoes" stays whole.</summary>
    public static string Core(string phrase)
    {
        var p = " " + phrase + " ";
        foreach (var cut in Cuts)
        {
            var i = p.IndexOf(cut, 1, StringComparison.Ordinal);
            if (i > 1) p = p[..i] + " ";
        }
        return p.Trim();
    }

    /// <summary>The last noun of the core: "tired old engineer" gives "engineer", "lighthouse keeper's daughter" gives "daughter".</summary>
    public static string HeadNoun(string phrase)
    {
        var core = Core(phrase);
        var of = core.IndexOf(" of ", StringComparison.Ordinal);
        if (of > 0) core = core[..of];
        var words = core.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? phrase : words[^1];
    }

    /// <summary>A short way to refer again to a place: "the valley of Emberdale" gives "Emberdale",
    /// "the space station Halcyon" gives "Halcyon", "an old lighthouse" gives "the lighthouse".</summary>
    public static string ShortPlace(string place)
    {
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return place;
        if (char.IsUpper(words[0][0]) && !IsArticle(words[0])) return place;
        var last = words[^1];
        if (char.IsUpper(last[0]) && words.Length > 1 && !char.IsUpper(words[^2][0])) return last;
        var rest = string.Join(' ', words.SkipWhile(IsArticle));
        // "the village at the edge of the Glass Forest" is "the village" again, not its whole description.
        if (Core(rest) != rest || rest.Contains(" of ", StringComparison.Ordinal)) return "the " + HeadNoun(rest);
        if (char.IsUpper(last[0])) return place;
        return "the " + HeadNoun(rest);
    }

    /// <summary>A short way to say a goal again: "find the runaway parade float" gives "find the float";
    /// a goal whose object is not a plain noun phrase ("get the dragon to stop sneezing") stays whole.</summary>
    public static string ShortGoal(string goal)
    {
        var words = goal.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var determiner = Array.FindIndex(words, w => w.ToLowerInvariant() is "the" or "a" or "an" or "my" or "his" or "her" or "their" or "its" or "our");
        if (determiner < 1 || words.Length - determiner < 3 || words[..determiner].Any(w => w is "where" or "what" or "who" or "how" or "why")) return goal;
        // "solve the case of the missing socks" gives "solve the case".
        var of = Array.IndexOf(words, "of", determiner + 1);
        if (of > determiner + 1) return string.Join(' ', words[..determiner]) + " the " + words[of - 1];
        var rest = " " + string.Join(' ', words[(determiner + 1)..]) + " ";
        if (Cuts.Any(rest.Contains) || rest.Contains(" to ", StringComparison.Ordinal) || rest.Contains(" and ", StringComparison.Ordinal)
            || rest.Contains(" of ", StringComparison.Ordinal) || words[^1].Contains('\'') || words[^1].Contains('’')) return goal;
        return string.Join(' ', words[..determiner]) + " the " + words[^1];
    }

    public static bool IsArticle(string word) => word.ToLowerInvariant() is "a" or "an" or "the";

    /// <summary>A word count, for deciding whether a phrase is long enough to be worth shortening.</summary>
    public static int WordCount(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}

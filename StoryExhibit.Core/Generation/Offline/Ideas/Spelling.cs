namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Repairs a misspelt word to the lexicon word it is a typing slip of ("dargon" → "dragon",
/// "mesage" → "message"). Short words and capitalised words (names) are left alone: a wrong repair is worse than none.</summary>
internal static class Spelling
{
    private static readonly Lazy<(HashSet<string> Known, Dictionary<int, string[]> ByLength)> Dictionary = new(() =>
    {
        var known = new HashSet<string>(Lexicon.AllWords().Select(w => w.ToLowerInvariant()), StringComparer.Ordinal);
        var byLength = known.GroupBy(w => w.Length).ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
        return (known, byLength);
    });

    public static bool IsKnown(string lowerWord) => Dictionary.Value.Known.Contains(lowerWord);

    public static string Repair(string word)
    {
        if (word.Length < 5 || !char.IsLetter(word[0]) || char.IsUpper(word[0])) return word;
        var lower = word.ToLowerInvariant();
        var possessive = lower.EndsWith("'s") ? "'s" : "";
        var stem = possessive.Length > 0 ? lower[..^2] : lower;
        if (stem.Length < 5 || Lexicon.IsFunctionWord(stem) || Lexicon.IsKnownName(stem) || Known(stem)) return word;
        var best = Nearest(stem);
        if (best is null) return word;
        var repaired = best + possessive;
        return char.IsUpper(word[0]) ? char.ToUpperInvariant(repaired[0]) + repaired[1..] : repaired;
    }

    private static bool Known(string stem)
    {
        if (IsKnown(stem)) return true;
        // plurals and possessive-less forms of known words
        return stem.EndsWith('s') && (IsKnown(stem[..^1]) || stem.EndsWith("es") && IsKnown(stem[..^2])
            || stem.EndsWith("ies") && IsKnown(stem[..^3] + "y"));
    }

    /// <summary>The known word the typo most plausibly stands for. Only the slips people make are undone (two letters
    /// swapped, a letter left out, a letter doubled, a sound spelt another way), never a first letter: the lexicon is
    /// small, so "bridge" must not become "bride" nor "cream" "dream".</summary>
    private static string? Nearest(string word)
    {
        string? best = null;
        var bestRank = int.MaxValue;
        for (var length = word.Length - 1; length <= word.Length + 1; length++)
        {
            if (!Dictionary.Value.ByLength.TryGetValue(length, out var candidates)) continue;
            foreach (var candidate in candidates)
            {
                if (candidate[0] != word[0] || Lexicon.IsPredicateAdjective(candidate) || Lexicon.IsFunctionWord(candidate)) continue;
                var rank = SlipRank(word, candidate);
                if (rank < bestRank) (best, bestRank) = (candidate, rank);
            }
        }
        return best;
    }

    /// <summary>0: two neighbours swapped; 1: a letter left out; 2: a letter typed twice; 3: a sound spelt another
    /// way (s/c, c/k, i/y); int.MaxValue: not a slip.</summary>
    private static int SlipRank(string typed, string known)
    {
        if (typed.Length == known.Length)
        {
            int first = -1, second = -1, count = 0;
            for (var i = 0; i < typed.Length && count <= 2; i++)
            {
                if (typed[i] == known[i]) continue;
                if (count++ == 0) first = i; else second = i;
            }
            if (count == 2 && second == first + 1 && typed[first] == known[second] && typed[second] == known[first]) return 0;
            return count == 1 && SameSound(typed[first], known[first]) ? 3 : int.MaxValue;
        }
        if (known.Length == typed.Length + 1)
        {
            var gap = FirstDifference(typed, known);
            return gap > 0 && string.CompareOrdinal(typed, gap, known, gap + 1, typed.Length - gap) == 0 ? 1 : int.MaxValue;
        }
        if (typed.Length == known.Length + 1)
        {
            var extra = FirstDifference(known, typed);
            return extra > 0 && typed[extra] == typed[extra - 1]
                   && string.CompareOrdinal(known, extra, typed, extra + 1, known.Length - extra) == 0 ? 2 : int.MaxValue;
        }
        return int.MaxValue;
    }

    /// <summary>The first index where the shorter word and the longer one differ.</summary>
    private static int FirstDifference(string shorter, string longer)
    {
        var i = 0;
        while (i < shorter.Length && shorter[i] == longer[i]) i++;
        return i;
    }

    private static bool SameSound(char a, char b) =>
        (a, b) is ('s', 'c') or ('c', 's') or ('c', 'k') or ('k', 'c') or ('i', 'y') or ('y', 'i') or ('z', 's') or ('s', 'z');
}

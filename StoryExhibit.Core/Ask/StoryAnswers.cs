namespace StoryExhibit.Core.Ask;

/// <summary>
/// Answers a question about the story with no model, honestly: from the seed (who is in it, where it happens) and from
/// the sentences of its scenes that share the most words with the question, quoted. When the story has not said,
/// the answer says so rather than invent.
/// </summary>
public static class StoryAnswers
{
    public const string NoStory = "There is no story here yet, so I cannot answer questions about one. Start a story, and then ask me anything about it!";

    public static string Answer(AskStory story, string question, string subject)
    {
        var text = AskText.Read(question);
        var words = text.Text;
        if (Has(words, "what happened", "so far", "remind me", "going on", "how did the story start", "what has happened"))
            return SoFar(story);
        if (Has(words, "characters", "who is the hero", "who is in", "who are", "the hero of", "who is our hero"))
            return Cast(story);
        if (Has(words, "where does the story", "take place", "where are they", "where is the story") && !string.IsNullOrWhiteSpace(story.Seed.Place))
            return $"The story takes place in {story.Seed.Place}. " + Quote(Best(story, Keywords(story.Seed.Place!).ToHashSet()), "Here is what it says: ");

        var keys = Keywords(subject + " " + question).ToHashSet();
        var best = Best(story, keys);
        if (best is null)
            return "The story hasn't told us that yet. What do you think? You could ask for it to happen next, and we'll find out together.";
        var why = text.Words.Count > 0 && text.Words[0].Lower == "why";
        return Quote(best, "Here is what the story says: ")
            + (why ? " The story hasn't said exactly why yet: maybe the next scene will tell us." : "");
    }

    private static string SoFar(AskStory story)
    {
        if (story.Scenes.Count == 0) return "Nothing has happened yet: the first scene is still to be written.";
        var firsts = story.Sentences().GroupBy(s => s.Scene).Select(g => g.First().Sentence).ToList();
        var lasts = story.Sentences().GroupBy(s => s.Scene).Select(g => g.Last().Sentence).ToList();
        var parts = firsts.Select((s, i) => $"In scene {i + 1}: {s}").TakeLast(4).ToList();
        parts.Add($"Most recently: {lasts[^1]}");
        return "So far in \u201C" + story.Title + "\u201D: " + string.Join(" ", parts);
    }

    /// <summary>The cast the visitor chose; without one, the names the scenes use most (people and places alike, so said as "names").</summary>
    private static string Cast(AskStory story)
    {
        if (story.Seed.Characters.Count > 0)
            return $"The story is about {List(story.Seed.Characters)}." + (string.IsNullOrWhiteSpace(story.Seed.Place) ? "" : $" It happens in {story.Seed.Place}.");
        var names = story.Sentences().SelectMany(s => NamesIn(s.Sentence))
            .GroupBy(w => w).OrderByDescending(g => g.Count()).Take(4).Select(g => g.Key).ToList();
        return names.Count == 0
            ? $"The story began from your idea, \u201C{story.Seed.Prompt}\u201D, and it hasn't named anyone yet."
            : $"The story began from your idea, \u201C{story.Seed.Prompt}\u201D. The names in it so far: {List(names)}.";
    }

    /// <summary>Capitalised words after a sentence's first, neighbours joined ("the Whispering Woods" → "Whispering Woods").</summary>
    private static IEnumerable<string> NamesIn(string sentence)
    {
        var run = new List<string>();
        foreach (var raw in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Append("."))
        {
            var word = raw.Trim('.', ',', ';', ':', '!', '?', '"', '\u201C', '\u201D', '\'', '\u2019');
            var isName = word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower) && !NotNames.Contains(word);
            if (isName) run.Add(word);
            if ((!isName || word.Length != raw.Length) && run.Count > 0)
            {
                yield return string.Join(' ', run);
                run.Clear();
            }
        }
    }

    private static string List(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    private static readonly HashSet<string> NotNames = ["I", "The", "A", "An", "She", "He", "They", "It", "But", "And", "Then", "When", "What", "Who", "Why", "Where", "How", "Yes", "No", "Oh"];

    /// <summary>The story's sentence sharing the most keywords with the question; a later scene wins a tie.</summary>
    private static (int Scene, string Sentence)? Best(AskStory story, IReadOnlySet<string> keys)
    {
        if (keys.Count == 0) return null;
        var scored = story.Sentences()
            .Select((s, order) => (s, order, Score: Keywords(s.Sentence).Distinct().Count(keys.Contains)))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.order)
            .FirstOrDefault();
        return scored.Score > 0 ? scored.s : null;
    }

    private static string Quote((int Scene, string Sentence)? found, string lead) =>
        found is { } f ? $"{lead}in scene {f.Scene}, \u201C{f.Sentence}\u201D" : "";

    private static bool Has(string words, params string[] phrases) => phrases.Any(p => words.Contains(" " + p + " ", StringComparison.Ordinal));

    /// <summary>The words that carry meaning, in a simple singular form.</summary>
    internal static IEnumerable<string> Keywords(string text) =>
        AskText.Read(text).Words.Select(w => w.Lower)
            .Where(w => w.Length >= 3 && !Stop.Contains(w))
            .Select(w => w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss") ? w[..^1] : w);

    private static readonly HashSet<string> Stop =
    [
        "the", "and", "but", "what", "why", "who", "where", "when", "how", "did", "does", "was", "were", "are", "is", "has", "had", "have",
        "this", "that", "these", "those", "with", "for", "from", "into", "they", "them", "their", "she", "her", "his", "him", "you", "your",
        "our", "story", "about", "there", "then", "than", "just", "can", "could", "would", "should", "will", "going", "want", "wants",
        "tell", "please", "happen", "happened", "thing", "things", "some", "any", "all", "not", "its", "it's", "one", "very", "so",
    ];
}

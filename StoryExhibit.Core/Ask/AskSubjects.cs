namespace StoryExhibit.Core.Ask;

/// <summary>
/// The words of a request that say what is wanted: what to paint ("the castle at night"), what to sing about, what should
/// happen ("the dragon could fly"), or what a question is about ("the fox", "a volcano"). Empty when the request names nothing.
/// </summary>
internal static class AskSubjects
{
    public static string For(AskIntent intent, AskText text) => intent switch
    {
        AskIntent.Picture => Picture(text),
        AskIntent.Song => Song(text),
        AskIntent.ContinueStory => Continuation(text),
        AskIntent.StoryQuestion => NounPhrase(text, bareNoun: false),
        AskIntent.Research => NounPhrase(text, bareNoun: true),
        _ => "",
    };

    private static string Picture(AskText text)
    {
        var w = Lower(text);
        int at;
        if ((at = w.FindIndex(x => x == "of")) > 0 && PictureNouns.Contains(w[at - 1])) return After(text, at + 1, LookLike);
        if ((at = w.FindIndex(PictureVerbs.Contains)) >= 0)
        {
            at++;
            if (at < w.Count && w[at] is "in" or "me") at++;
            if (at + 2 < w.Count && w[at] is "a" or "an" && PictureNouns.Contains(w[at + 1]) && w[at + 2] == "of") at += 3;
            return After(text, at, LookLike);
        }
        if ((at = w.FindIndex(x => x == "see")) >= 0)
        {
            at++;
            if (at < w.Count && w[at] == "what") at++;
            return After(text, at, LookLike);
        }
        if ((at = w.FindIndex(x => x == "show")) >= 0 && at + 1 < w.Count && w[at + 1] == "me")
            return After(text, at + 2, LookLike);
        return "";
    }

    private static string Song(AskText text)
    {
        var w = Lower(text);
        var cue = w.FindIndex(SongWords.Contains);
        var at = cue < 0 ? -1 : w.FindIndex(cue, x => x is "about" or "for");
        return at < 0 ? "" : After(text, at + 1, []);
    }

    private static string Continuation(AskText text)
    {
        var w = Lower(text);
        for (var i = 0; i + 1 < w.Count; i++)
            if (w[i] == "what" && w[i + 1] == "if") return After(text, i + 2, []);
        var lead = w.FindIndex(x => x is "make" or "want" or "wish" or "let" or "have" or "send");
        if (lead is >= 0 and <= 2) return After(text, lead + 1, []);
        return After(text, 0, []);
    }

    /// <summary>"the fox", "a blue whale", a name ("Pip"), or for research a bare plural ("dragons", "foxes").</summary>
    private static string NounPhrase(AskText text, bool bareNoun)
    {
        var w = Lower(text);
        var start = w.FindIndex(1, x => x is "the" or "a" or "an" or "our");
        if (start > 0)
        {
            var end = start + 2;
            while (end < w.Count && !NotInPhrase.Contains(w[end]) && end - start < 4) end++;
            return Join(text, start, Math.Min(end, w.Count));
        }
        var name = Enumerable.Range(1, Math.Max(0, text.Words.Count - 1))
            .FirstOrDefault(i => !text.Shouted && char.IsUpper(text.Words[i].Typed[0]), -1);
        if (name > 0) return Join(text, name, name + 1);
        if (!bareNoun) return "";
        var noun = w.FindIndex(x => !QuestionWords.Contains(x) && !NotInPhrase.Contains(x));
        return noun < 0 ? "" : Join(text, noun, noun + 1);
    }

    private static string After(AskText text, int start, string[] cutFrom)
    {
        var w = Lower(text);
        var end = w.Count;
        while (end > start && Trailing.Contains(w[end - 1])) end--;
        foreach (var cut in cutFrom)
        {
            var at = w.FindIndex(start, x => x == cut);
            if (at >= 0 && at < end) end = at;
        }
        while (end > start && Trailing.Contains(w[end - 1])) end--;
        return start >= end ? "" : Join(text, start, end);
    }

    /// <summary>The words as typed, in lower case but for names (capitalised words after the first, unless shouted).</summary>
    private static string Join(AskText text, int start, int end) => string.Join(' ', Enumerable.Range(start, end - start).Select(i =>
    {
        var word = text.Words[i];
        var repaired = !string.Equals(word.Typed, word.Lower, StringComparison.OrdinalIgnoreCase);
        return i > 0 && !text.Shouted && !repaired && char.IsUpper(word.Typed[0]) ? word.Typed : word.Lower;
    }));

    private static List<string> Lower(AskText text) => [.. text.Words.Select(w => w.Lower)];

    private static readonly string[] LookLike = ["looks", "look"];
    private static readonly HashSet<string> PictureVerbs = ["draw", "paint", "sketch", "illustrate", "doodle", "colour", "color"];
    private static readonly HashSet<string> PictureNouns = ["picture", "image", "drawing", "painting", "photo", "portrait", "sketch", "illustration"];
    private static readonly HashSet<string> SongWords = ["sing", "song", "songs", "lullaby", "tune", "melody", "rap", "jingle", "hum", "ballad", "music"];
    private static readonly HashSet<string> Trailing = ["please", "now", "thanks", "thank", "you", "for", "me", "it", "pls", "plz", "too", "again"];
    private static readonly HashSet<string> QuestionWords =
    [
        "what", "why", "who", "where", "when", "how", "which", "is", "are", "was", "were", "do", "does", "did", "can", "could",
        "you", "tell", "me", "about", "facts", "fact", "far", "many", "much", "big", "tall", "old", "long", "deep", "hot", "cold",
        "fast", "away", "teach", "please", "really",
    ];
    private static readonly HashSet<string> NotInPhrase =
    [
        "is", "are", "was", "were", "do", "does", "did", "so", "run", "ran", "go", "went", "leave", "left", "looking", "look",
        "want", "wants", "have", "has", "had", "eat", "live", "fly", "mean", "exist", "really", "real", "made", "of", "in", "on",
        "at", "to", "for", "with", "from", "and", "or", "nice", "blue", "angry", "sad", "find", "found", "take", "took", "get",
        "going", "doing", "purr", "die", "now", "right", "like", "that", "this", "there", "then", "be", "end", "start", "please",
    ];
}

using System.Text;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Ask;

/// <summary>
/// A request as the router reads it: words in lower case with children's spellings and typing slips repaired
/// ("pitcher" → "picture", "darw" → "draw", "wat" → "what"), each word keeping how it was typed (for names in the subject),
/// and whether it reads as a question.
/// </summary>
public sealed class AskText
{
    private AskText(IReadOnlyList<AskWord> words, bool questionMark, bool shouted)
    {
        Words = words;
        Text = " " + string.Join(' ', words.Select(w => w.Lower)) + " ";
        QuestionMark = questionMark;
        Shouted = shouted;
    }

    public IReadOnlyList<AskWord> Words { get; }
    /// <summary>The repaired words joined by single spaces, with a space at each end so cues match whole words.</summary>
    public string Text { get; }
    public bool QuestionMark { get; }
    /// <summary>Typed all in capitals: the capitals say nothing about names.</summary>
    public bool Shouted { get; }

    /// <summary>Starts like a question ("why", "how", "is", "can you") or ends with a question mark.</summary>
    public bool IsQuestion => QuestionMark || Words.Count > 0 && QuestionStarts.Contains(Words[0].Lower);

    public static AskText Read(string request)
    {
        var text = FreeText.Normalize(request).Replace('’', '\'').Replace('‘', '\'');
        var letters = text.Where(char.IsLetter).ToList();
        var shouted = letters.Count > 3 && letters.All(char.IsUpper);
        var words = new List<AskWord>();
        var current = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c) || c == '\'' && current.Length > 0) { current.Append(c); continue; }
            if (current.Length > 0) words.AddRange(Repair(current.ToString().TrimEnd('\'')));
            current.Clear();
        }
        return new AskText(words, text.Contains('?'), shouted);
    }

    private static IEnumerable<AskWord> Repair(string typed)
    {
        var lower = typed.ToLowerInvariant();
        if (Expansions.TryGetValue(lower, out var expanded))
        {
            var parts = expanded.Split(' ');
            for (var i = 0; i < parts.Length; i++) yield return new AskWord(i == 0 ? typed : parts[i], parts[i]);
            yield break;
        }
        yield return new AskWord(typed, Slip(lower));
    }

    /// <summary>A cue word the typed word is one slip away from (a letter missing, doubled, swapped or wrong), or the word itself.</summary>
    private static string Slip(string lower)
    {
        if (lower.Length < 5 || Cues.Contains(lower) || Protected.Contains(lower) || Cues.Any(c => lower.StartsWith(c, StringComparison.Ordinal) && c.Length >= 4))
            return lower;
        foreach (var cue in Cues)
            if (cue.Length >= 4 && cue[0] == lower[0] && Math.Abs(cue.Length - lower.Length) <= 1 && OneSlip(lower, cue)) return cue;
        return lower;
    }

    /// <summary>Damerau distance of exactly one: one insertion, deletion, substitution or swap of neighbours.</summary>
    internal static bool OneSlip(string a, string b)
    {
        if (a == b) return false;
        if (a.Length == b.Length)
        {
            var diffs = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
            return diffs.Count == 1 || diffs.Count == 2 && diffs[1] == diffs[0] + 1 && a[diffs[0]] == b[diffs[1]] && a[diffs[1]] == b[diffs[0]];
        }
        var (longer, shorter) = a.Length > b.Length ? (a, b) : (b, a);
        if (longer.Length - shorter.Length != 1) return false;
        for (var i = 0; i < longer.Length; i++)
            if (string.CompareOrdinal(longer.Remove(i, 1), shorter) == 0) return true;
        return false;
    }

    private static readonly HashSet<string> QuestionStarts =
    [
        "what", "why", "who", "whom", "whose", "where", "when", "how", "which", "is", "are", "was", "were", "do", "does", "did",
        "can", "could", "will", "would", "should", "has", "have",
    ];

    /// <summary>Words the cues are written with: a typed word one slip away from one of these is read as it.</summary>
    private static readonly string[] Cues =
    [
        "picture", "drawing", "painting", "paint", "sketch", "illustrate", "colour", "color", "portrait", "image",
        "song", "sing", "lullaby", "music", "melody", "jingle", "compose",
        "story", "continue", "happen", "happens", "happened", "suddenly", "character", "characters",
        "really", "exist", "invented", "discovered", "planet", "planets", "dinosaur", "dinosaurs", "animal", "animals",
        "weather", "homework", "youtube", "minecraft", "password", "translate", "alarm", "selfie", "photos", "video",
    ];

    /// <summary>Ordinary words one slip from a cue that must stay as they are ("stork" is not "story").</summary>
    private static readonly HashSet<string> Protected =
    [
        "stork", "storm", "store", "stone", "paints", "saint", "images", "pictures", "songs", "sings", "singer", "sting",
        "happy", "colour", "colours", "colors", "exits", "realm",
    ];

    /// <summary>Shorthands and spellings a slip cannot reach, with what they stand for.</summary>
    private static readonly Dictionary<string, string> Expansions = new(StringComparer.Ordinal)
    {
        ["wat"] = "what", ["wot"] = "what", ["wht"] = "what", ["whta"] = "what", ["waht"] = "what", ["whats"] = "what is",
        ["what's"] = "what is", ["wy"] = "why", ["why's"] = "why is", ["hw"] = "how", ["how's"] = "how is", ["who's"] = "who is",
        ["whos"] = "who is", ["where's"] = "where is", ["wheres"] = "where is", ["u"] = "you", ["ya"] = "you", ["r"] = "are",
        ["plz"] = "please", ["pls"] = "please", ["pleese"] = "please", ["wanna"] = "want to", ["gonna"] = "going to",
        ["lets"] = "let us", ["let's"] = "let us", ["it's"] = "it is", ["i'm"] = "i am", ["im"] = "i am", ["can't"] = "cannot",
        ["drw"] = "draw", ["darw"] = "draw", ["drow"] = "draw", ["drawr"] = "draw", ["draww"] = "draw", ["pant"] = "paint",
        ["pitcher"] = "picture", ["pikture"] = "picture", ["pictur"] = "picture", ["pitchur"] = "picture", ["pic"] = "picture",
        ["pics"] = "picture", ["sond"] = "song", ["sogn"] = "song", ["songg"] = "song", ["snog"] = "song", ["sign"] = "sing",
        ["lulaby"] = "lullaby", ["lullabye"] = "lullaby", ["storey"] = "story", ["stroy"] = "story", ["sotry"] = "story",
        ["hapen"] = "happen", ["happend"] = "happened", ["hapend"] = "happened", ["hapened"] = "happened", ["nxt"] = "next",
        ["meny"] = "many", ["menny"] = "many", ["realy"] = "really", ["rly"] = "really", ["becuz"] = "because", ["cuz"] = "because",
        ["thx"] = "thanks", ["ty"] = "thank you", ["tv"] = "television",
    };
}

/// <summary>One word of a request: as typed, and as the router reads it.</summary>
public sealed record AskWord(string Typed, string Lower);

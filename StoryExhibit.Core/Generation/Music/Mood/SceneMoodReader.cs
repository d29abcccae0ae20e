using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Generation.Music.Mood;

/// <summary>
/// Reads the mood of a scene's text without a model: counts the words of each mood in <see cref="MoodLexicon"/>,
/// those near the end of the scene (where it is heading) weighing more, and takes the strongest. A scene with no mood
/// words at all is <see cref="MusicMood.Calm"/>, which suits any story. The same text always gives the same mood.
/// </summary>
public static partial class SceneMoodReader
{
    public static MusicMood Read(string? text) => Scores(text).OrderByDescending(s => s.Value).ThenBy(s => s.Key)
        .Select(s => s.Value > 0 ? s.Key : MusicMood.Calm).First();

    /// <summary>Each mood's weight in <paramref name="text"/>.</summary>
    public static IReadOnlyDictionary<MusicMood, double> Scores(string? text)
    {
        var scores = Enum.GetValues<MusicMood>().ToDictionary(m => m, _ => 0.0);
        if (string.IsNullOrWhiteSpace(text)) return scores;
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            var weight = 1 + i / (double)words.Length; // the end of a scene counts up to twice its beginning
            var pair = i + 1 < words.Length ? words[i] + " " + words[i + 1] : null;
            foreach (var (mood, stems) in MoodLexicon.Words)
                foreach (var stem in stems)
                    if (Matches(words[i], stem) || (pair is not null && stem.Contains(' ', StringComparison.Ordinal) && pair.StartsWith(stem, StringComparison.Ordinal)))
                        scores[mood] += weight;
        }
        // Exclamations lift the energy: joy or alarm, whichever the words already lean to.
        var exclamations = text.Count(c => c == '!');
        if (exclamations > 0)
        {
            var lively = scores[MusicMood.Tense] > scores[MusicMood.Joyful] ? MusicMood.Tense : MusicMood.Joyful;
            if (scores[lively] > 0) scores[lively] += 0.5 * Math.Min(exclamations, 4);
        }
        return scores;
    }

    // Short stems ("run", "won", "sad") take only a word ending, or "sadd(le)" and "wonder" would count.
    private static readonly string[] ShortStemEndings = ["", "s", "es", "ly", "ness", "ful", "ous", "ed", "ing", "ned", "ning", "ped", "ping", "bed", "bing", "dy"];

    private static bool Matches(string word, string stem) => stem.Length <= 3
        ? word.StartsWith(stem, StringComparison.Ordinal) && ShortStemEndings.Contains(word[stem.Length..])
        : word.StartsWith(stem, StringComparison.Ordinal);

    [GeneratedRegex(@"[\p{L}'-]+")]
    private static partial Regex Word();
}

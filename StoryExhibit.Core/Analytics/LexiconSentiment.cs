using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Analytics;

/// <summary>
/// Scores a comment from -1 (very negative) to 1 (very positive) offline, with <see cref="SentimentLexicon"/>:
/// a negator flips the next few words ("not good", "never boring"), an intensifier scales the next scored word
/// ("very good", "a bit slow"), and after "but" the second half counts more ("slow but wonderful").
/// </summary>
public static partial class LexiconSentiment
{
    public const string Source = "lexicon";
    private const int NegationReach = 3;
    private const double NegationDamping = 0.75;
    // How fast the sum approaches ±1 (as in VADER): one strong word alone gives about ±0.6.
    private const double Alpha = 15;

    public static double Score(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 0;
        var tokens = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value.Replace("'", "").Replace("’", "")).ToList();
        double sum = 0, beforeBut = 0;
        var negatedFor = 0;
        var boost = 1.0;
        foreach (var token in tokens)
        {
            if (token == "but")
            {
                // What came before "but" counts half.
                beforeBut += sum * 0.5;
                sum = 0;
                negatedFor = 0;
                boost = 1;
                continue;
            }
            if (SentimentLexicon.Negators.Contains(token))
            {
                negatedFor = NegationReach;
                continue;
            }
            if (SentimentLexicon.Intensifiers.TryGetValue(token, out var factor))
            {
                boost *= factor;
                continue;
            }
            if (SentimentLexicon.Words.TryGetValue(token, out var weight))
            {
                var value = weight * boost;
                if (negatedFor > 0) value *= -NegationDamping;
                sum += value;
                boost = 1;
                negatedFor = 0;
                continue;
            }
            if (negatedFor > 0) negatedFor--;
            boost = 1;
        }
        var total = beforeBut + sum * (beforeBut != 0 ? 1.5 : 1);
        total *= 1 + Math.Min(3, text.Count(c => c == '!')) * 0.1;
        var score = total / Math.Sqrt(total * total + Alpha);
        return Math.Round(Math.Clamp(score, -1, 1), 3);
    }

    [GeneratedRegex(@"[a-z]+(?:['’][a-z]+)?")]
    private static partial Regex Words();
}

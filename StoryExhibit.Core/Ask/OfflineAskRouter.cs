namespace StoryExhibit.Core.Ask;

/// <summary>
/// The router with no model: the request's words are repaired (<see cref="AskText"/>), every cue phrase that matches
/// adds its weight to its intent (<see cref="IntentCues"/>), an opening "draw"/"sing" counts extra, and the best intent
/// wins. With too little evidence a question goes to the story when it names something with "the" and to research
/// otherwise; anything else is not something the exhibit does. The subject is read by <see cref="AskSubjects"/>.
/// </summary>
public sealed class OfflineAskRouter : IAskRouter
{
    public const string Name = "offline";
    private const double Enough = 1.5;

    public Task<AskRoute> RouteAsync(string request, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Route(request));
    }

    public static AskRoute Route(string request)
    {
        var text = AskText.Read(request);
        var scores = Score(text);
        var (intent, best) = scores.MaxBy(s => s.Value);
        var total = scores.Values.Where(v => v > 0).Sum();
        if (best < Enough) (intent, best, total) = (Fallback(text), Enough / 2, Enough);
        var confidence = Math.Round(Math.Clamp(best / Math.Max(total, 1e-9) * Math.Min(1, best / 4), 0.05, 0.99), 2);
        return new AskRoute(intent, AskSubjects.For(intent, text), confidence, Name);
    }

    /// <summary>Each intent's weight of evidence.</summary>
    internal static Dictionary<AskIntent, double> Score(AskText text)
    {
        var scores = Enum.GetValues<AskIntent>().ToDictionary(i => i, _ => 0.0);
        if (text.Words.Count == 0) return scores;
        foreach (var cue in IntentCues.All)
        {
            if (!cue.Pattern.IsMatch(text.Text)) continue;
            scores[cue.Intent] += cue.QuestionsOnly && !text.IsQuestion ? cue.Weight / 2 : cue.Weight;
        }
        if (IntentCues.Command(text) is { } command) scores[command] += 1.5;
        return scores;
    }

    private static AskIntent Fallback(AskText text)
    {
        if (!text.IsQuestion) return AskIntent.Unsupported;
        return text.Text.Contains(" the ", StringComparison.Ordinal) || text.Text.Contains(" our ", StringComparison.Ordinal)
            ? AskIntent.StoryQuestion
            : AskIntent.Research;
    }
}

using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Illustrations;

namespace StoryExhibit.Core.Analytics;

public enum AnalyticsRange { Today, Last7Days, Last30Days }

/// <summary>Everything the dashboard shows for one time range, computed at <see cref="ComputedUtc"/>. Plain data: the page only renders it.</summary>
public sealed record DashboardSnapshot
{
    public required AnalyticsRange Range { get; init; }
    public required DateTime FromUtc { get; init; }
    public required DateTime ToUtc { get; init; }
    public DateTime ComputedUtc { get; init; }
    public required Kpis Kpis { get; init; }
    /// <summary>"hour" for today, "day" for longer ranges.</summary>
    public required string BucketUnit { get; init; }
    public required IReadOnlyList<TimeBucket> StoriesOverTime { get; init; }
    public required IReadOnlyList<FunnelStep> Funnel { get; init; }
    public required IReadOnlyList<LabelCount> Genres { get; init; }
    public required IReadOnlyList<LabelCount> ArtStyles { get; init; }
    public required IReadOnlyList<ProviderStats> Providers { get; init; }
    /// <summary>Time to a scene's first words, per text provider: what a visitor waits for, unlike a whole scene's call.</summary>
    public IReadOnlyList<FirstWordsStats> FirstWords { get; init; } = [];
    public required SpendReport Spend { get; init; }
    public required IReadOnlyList<JobCount> Jobs { get; init; }
    public required FeedbackReport Feedback { get; init; }
    /// <summary>Visitor texts refused as not fitting their story, and storytellers' scenes kept within their rating.</summary>
    public ModerationReport Moderation { get; init; } = ModerationReport.Empty;
}

/// <param name="RefusedByCategory">Refused visitor texts per category (the most serious one each time).</param>
/// <param name="RefusedByBox">Refused visitor texts per box (idea, own choice, feedback comment...).</param>
/// <param name="ScenesModerated">Scenes beyond their rating, per category and what was done ("Gore · rewritten").</param>
public sealed record ModerationReport(IReadOnlyList<LabelCount> RefusedByCategory, IReadOnlyList<LabelCount> RefusedByBox, IReadOnlyList<LabelCount> ScenesModerated)
{
    public static readonly ModerationReport Empty = new([], [], []);
    public int Refused => RefusedByCategory.Sum(c => c.Count);

    /// <summary>Counts from the events' "category/box" and "category/action" details.</summary>
    public static ModerationReport From(IEnumerable<(ExhibitEventKind Kind, string Detail)> events)
    {
        var list = events.Select(e => (e.Kind, Parts: e.Detail.Split('/', 2))).Where(e => e.Parts.Length == 2).ToList();
        static IReadOnlyList<LabelCount> Count(IEnumerable<string> labels) =>
            [.. labels.GroupBy(l => l).Select(g => new LabelCount(g.Key, g.Count())).OrderByDescending(c => c.Count).ThenBy(c => c.Label, StringComparer.Ordinal)];
        var refused = list.Where(e => e.Kind == ExhibitEventKind.InputRefused).ToList();
        return new ModerationReport(
            Count(refused.Select(e => e.Parts[0])),
            Count(refused.Select(e => BoxLabel(e.Parts[1]))),
            Count(list.Where(e => e.Kind == ExhibitEventKind.SceneModerated).Select(e => $"{e.Parts[0]} · {e.Parts[1]}")));
    }

    /// <summary>The box's name as staff know it ("Own choice", not "OwnChoice").</summary>
    private static string BoxLabel(string box) => box switch
    {
        "Idea" => "Idea",
        "Characters" => "Characters",
        "Place" => "Place",
        "StoryObject" => "Object",
        "OwnChoice" => "Own choice",
        "FeedbackComment" => "Feedback comment",
        _ => box,
    };
}

/// <param name="Visitors">Distinct browsers that started a story in the period.</param>
public sealed record Kpis(int Visitors, int StoriesStarted, int StoriesFinished, int StoriesAbandoned, TimeSpan? AverageSessionLength, double? AverageRating, int FeedbackCount);

/// <summary>Stories started and finished in one hour or day (local time).</summary>
public sealed record TimeBucket(DateTime StartLocal, string Label, int Visitors, int Started, int Finished);

/// <summary>One step of the way from a seed to a finished story: how many stories got this far, and how many stopped just before.</summary>
public sealed record FunnelStep(string Name, int Stories, int DroppedBefore, double ShareOfStarted);

public sealed record LabelCount(string Label, int Count);

/// <summary>
/// Calls to one provider of one service: latency percentiles (milliseconds, of the calls not stopped) and failures. A storyteller's
/// call lasts the whole scene: how soon its first words arrive is in <see cref="DashboardSnapshot.FirstWords"/>.
/// </summary>
public sealed record ProviderStats(GeneratorService Service, string Provider, int Calls, double P50Ms, double P95Ms, int Failures, string? CommonError)
{
    /// <summary>Calls the visitor cut short (Stop, or leaving): neither errors nor latency.</summary>
    public int Stops { get; init; }
    public string Label => $"{Service} · {Provider}";
    /// <summary>Failures among the calls that were not stopped.</summary>
    public double FailureRate => Calls - Stops <= 0 ? 0 : (double)Failures / (Calls - Stops);
}

/// <summary>How soon a storyteller's first words of a scene arrived (milliseconds), per text provider.</summary>
public sealed record FirstWordsStats(string Provider, int Scenes, double P50Ms, double P95Ms);

/// <summary>What was spent today (UTC day, as budgets are) against the budgets, and per day across the range.</summary>
public sealed record SpendReport(string Currency, decimal Today, decimal DailyBudget, IReadOnlyList<ServiceSpend> Services, IReadOnlyList<DaySpend> PerDay)
{
    public double ShareOfBudget => DailyBudget <= 0 ? (Today > 0 ? 1 : 0) : (double)(Today / DailyBudget);
}

public sealed record ServiceSpend(GeneratorService Service, decimal Today, decimal? Budget);

public sealed record DaySpend(DateOnly DayUtc, decimal Amount);

public sealed record JobCount(IllustrationState State, int Count);

public sealed record FeedbackReport(
    int Count, double? AverageRating, IReadOnlyList<LabelCount> Ratings, IReadOnlyList<LabelCount> Sentiment,
    IReadOnlyList<LabelCount> Themes, IReadOnlyList<RecentComment> Recent);

public sealed record RecentComment(DateTime CreatedUtc, int Rating, string Comment, double? Sentiment, string? Theme, string? SentimentSource, string? SessionCode);

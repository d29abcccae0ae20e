using System.Globalization;
using CsvHelper;
using StoryExhibit.Core.Analytics;

namespace StoryExhibit.Web.Analytics;

/// <summary>
/// Events and feedback as CSV for spreadsheets: a header row, UTC ISO 8601 timestamps, invariant numbers, and cells
/// that a spreadsheet would run as formulas escaped. Rows are written as they are read, never all held at once.
/// </summary>
public static class AnalyticsCsv
{
    public static readonly string[] EventColumns = ["id", "occurred_utc", "kind", "story_id", "session_code", "detail", "duration_ms"];
    public static readonly string[] FeedbackColumns = ["id", "created_utc", "story_id", "session_code", "rating", "comment", "sentiment", "sentiment_source", "theme"];

    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static Task WriteEventsAsync(IAsyncEnumerable<ExhibitEvent> events, Stream output, CancellationToken ct)
        => WriteAsync(output, EventColumns, events, e =>
        [
            e.Id.ToString(CultureInfo.InvariantCulture),
            Timestamp(e.OccurredUtc),
            e.Kind.ToString(),
            e.StoryId?.ToString(),
            e.SessionCode,
            e.Detail,
            e.DurationMs?.ToString("0.###", CultureInfo.InvariantCulture),
        ], ct);

    public static Task WriteFeedbackAsync(IAsyncEnumerable<VisitorFeedback> feedback, Stream output, CancellationToken ct)
        => WriteAsync(output, FeedbackColumns, feedback, f =>
        [
            f.Id.ToString(CultureInfo.InvariantCulture),
            Timestamp(f.CreatedUtc),
            f.StoryId?.ToString(),
            f.SessionCode,
            f.Rating.ToString(CultureInfo.InvariantCulture),
            f.Comment,
            f.Sentiment?.ToString("0.###", CultureInfo.InvariantCulture),
            f.SentimentSource,
            f.Theme,
        ], ct);

    /// <summary>SQLite hands times back without a kind; they are stored as UTC.</summary>
    public static string Timestamp(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);

    private static async Task WriteAsync<T>(Stream output, string[] columns, IAsyncEnumerable<T> rows, Func<T, string?[]> fields, CancellationToken ct)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await csv.WriteRecordAsync(columns, ct);
        // The writer hands its buffer on whenever it is mostly full, so rows stream out as they are read.
        await foreach (var row in rows.WithCancellation(ct)) await csv.WriteRecordAsync(fields(row)!, ct);
        await csv.FlushAsync(ct);
    }
}

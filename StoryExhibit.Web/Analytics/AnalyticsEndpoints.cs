using System.Globalization;
using Microsoft.EntityFrameworkCore;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Web.Analytics;

/// <summary>The staff's CSV downloads of events and feedback, one group so one guard covers both.</summary>
public static class AnalyticsEndpoints
{
    public const string ExportPath = "/dashboard/export";
    /// <summary>Without <c>from</c>, an export covers this many days back.</summary>
    public const int DefaultDays = 30;

    public static RouteGroupBuilder MapAnalytics(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(ExportPath);
        group.MapGet("/events.csv", (HttpContext http, IDbContextFactory<StoryExhibitDb> contexts, string? from, string? to, CancellationToken ct)
            => ExportAsync(http, from, to, "events", async (range, body) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var rows = db.Events.AsNoTracking().Where(e => e.OccurredUtc >= range.From && e.OccurredUtc < range.To).OrderBy(e => e.Id).AsAsyncEnumerable();
                await AnalyticsCsv.WriteEventsAsync(rows, body, ct);
            }));
        group.MapGet("/feedback.csv", (HttpContext http, IDbContextFactory<StoryExhibitDb> contexts, string? from, string? to, CancellationToken ct)
            => ExportAsync(http, from, to, "feedback", async (range, body) =>
            {
                await using var db = await contexts.CreateDbContextAsync(ct);
                var rows = db.Feedback.AsNoTracking().Where(f => f.CreatedUtc >= range.From && f.CreatedUtc < range.To).OrderBy(f => f.Id).AsAsyncEnumerable();
                await AnalyticsCsv.WriteFeedbackAsync(rows, body, ct);
            }));
        return group;
    }

    private static async Task<IResult> ExportAsync(HttpContext http, string? from, string? to, string name, Func<(DateTime From, DateTime To), Stream, Task> write)
    {
        if (ParseRange(from, to, DateTime.UtcNow) is not { } range)
            return Results.Problem(statusCode: 400, title: "Bad date range",
                detail: "from and to must be dates or UTC times such as 2026-11-01 or 2026-11-01T08:00:00Z, with from before to.");
        http.Response.ContentType = "text/csv; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"storyexhibit-{name}-{range.From:yyyyMMdd}-{range.To.AddTicks(-1):yyyyMMdd}.csv\"";
        http.Response.Headers.CacheControl = "no-store";
        await write(range, http.Response.Body);
        return Results.Empty;
    }

    /// <summary>
    /// The export's UTC range: <c>from</c> inclusive, <c>to</c> exclusive; a date alone for <c>to</c> means the whole of that day.
    /// Missing ends default to the last <see cref="DefaultDays"/> days up to now. Null when the input makes no sense.
    /// </summary>
    public static (DateTime From, DateTime To)? ParseRange(string? from, string? to, DateTime nowUtc)
    {
        DateTime? Parse(string? text, bool endOfDay)
        {
            if (string.IsNullOrWhiteSpace(text)) return null;
            if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                return day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(endOfDay ? 1 : 0);
            return DateTime.TryParse(text.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time) ? time : DateTime.MinValue;
        }
        var start = Parse(from, endOfDay: false);
        var end = Parse(to, endOfDay: true);
        if (start == DateTime.MinValue || end == DateTime.MinValue) return null;
        var range = (From: start ?? nowUtc.Date.AddDays(1 - DefaultDays), To: end ?? nowUtc.AddSeconds(1));
        return range.From < range.To ? range : null;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Exhibit;

namespace StoryExhibit.Web.Privacy;

public static class PrivacyEndpoints
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>
    /// A visitor's data as a JSON download, by story code. An unknown or malformed code gets the same 404, and a
    /// browser (or network) giving too many wrong codes is asked to wait (429, with Retry-After), so codes cannot be
    /// found by guessing. It shares the limit with the pages that take a code.
    /// </summary>
    public static void MapPrivacy(this IEndpointRouteBuilder app)
        => app.MapGet("/my-data/{code}.json", async (string code, VisitorDataReader reader, WrongCodeLimiter limiter, EventRecorder events,
            IOptionsMonitor<ExhibitOptions> exhibit, HttpContext http, CancellationToken ct) =>
        {
            var client = VisitorIdentity.CodeClientOf(http);
            if (limiter.WaitBeforeNextTry(client, SessionCodes.IsShort(code)) is { } wait)
            {
                http.Response.Headers.RetryAfter = StoryCodeGate.RetryAfterSeconds(wait).ToString(System.Globalization.CultureInfo.InvariantCulture);
                return Results.Text(StoryCodeGate.TooManyTries(wait), "text/plain; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests);
            }

            // Links come from configuration, never from the Host header a request may forge.
            var export = await reader.ReadAsync(code, exhibit.CurrentValue.PublicBaseUrl.Trim(), ct);
            if (export is null)
            {
                limiter.RecordWrong(client, SessionCodes.IsShort(code));
                return Results.Text($"No story was found for that code. A story code is {SessionCodes.Shape}, like {SessionCodes.Example}; it is shown at the top of your story.",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
            }

            // Counted without the code: a visitor who deletes their story right after must leave nothing behind.
            events.Exported(null, null, "json");
            http.Response.Headers.CacheControl = "no-store";
            http.Response.Headers.ContentDisposition = $"attachment; filename=\"{FileName(export.Story.SessionCode)}\"";
            return Results.Json(export, Json, "application/json; charset=utf-8");
        });

    /// <summary>The file name a visitor's download gets.</summary>
    public static string FileName(string sessionCode) => $"story-{SessionCodes.Normalize(sessionCode) ?? sessionCode}.json";
}

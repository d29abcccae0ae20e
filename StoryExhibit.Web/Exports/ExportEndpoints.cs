using System.Globalization;
using Microsoft.Net.Http.Headers;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Exports;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Exhibit;
using StoryExhibit.Web.Security;

namespace StoryExhibit.Web.Exports;

public static class ExportEndpoints
{
    /// <summary>The address a story's export downloads from.</summary>
    public static string Address(string code, ExportFormat format) => $"/story/{Uri.EscapeDataString(code)}/export.{StoryExports.Extension(format)}";

    /// <summary>
    /// A story as PDF, EPUB or a web page, by its code: made on the spot (a second or so), no job needed. Wrong codes
    /// count against the same limit as every other path that takes a code, and get the same 404.
    /// </summary>
    public static void MapExports(this IEndpointRouteBuilder app)
        => app.MapGet("/story/{code}/export.{extension}", async (string code, string extension, StoryExports exports, WrongCodeLimiter limiter,
            EventRecorder events, HttpContext http, CancellationToken ct) =>
        {
            if (StoryExports.Parse(extension) is not { } format) return Results.NotFound();
            var client = VisitorIdentity.CodeClientOf(http);
            if (limiter.WaitBeforeNextTry(client, SessionCodes.IsShort(code)) is { } wait)
            {
                http.Response.Headers.RetryAfter = StoryCodeGate.RetryAfterSeconds(wait).ToString(CultureInfo.InvariantCulture);
                return Results.Text(StoryCodeGate.TooManyTries(wait), "text/plain; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests);
            }
            var file = await exports.ExportAsync(code, format, ct);
            if (file is null)
            {
                limiter.RecordWrong(client, SessionCodes.IsShort(code));
                return Results.Text($"No story was found for that code. A story code is {SessionCodes.Shape}, like {SessionCodes.Example}.",
                    "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
            }
            events.Exported(null, null, StoryExports.Extension(format));
            http.Response.Headers.CacheControl = "no-store";
            SecurityHeaders.AsPictureOnly(http); // a downloaded page opened here runs nothing and fetches nothing
            var disposition = new ContentDispositionHeaderValue("attachment") { FileName = ExportFileNames.Ascii(file.FileName) };
            disposition.FileNameStar = file.FileName;
            http.Response.Headers.ContentDisposition = disposition.ToString();
            var mediaType = format == ExportFormat.Html ? "text/html; charset=utf-8" : file.MediaType;
            return Results.Bytes(file.Bytes, mediaType);
        });
}

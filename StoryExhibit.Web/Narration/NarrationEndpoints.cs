using StoryExhibit.Core.Narration;

namespace StoryExhibit.Web.Narration;

public static class NarrationEndpoints
{
    /// <summary>
    /// Narrated sentences travel to the browser's audio queue over HTTP. A clip's audio never changes (new voice
    /// settings make new clips), so it may be cached for good.
    /// </summary>
    public static void MapNarration(this IEndpointRouteBuilder app)
        => app.MapGet("/narration/{clipId:guid}", async (Guid clipId, SceneNarrator narrator, HttpContext http, CancellationToken ct) =>
        {
            var clip = await narrator.FindAsync(clipId, ct);
            if (clip is null || narrator.AudioPath(clip) is not { } path) return Results.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.File(path, clip.MediaType ?? "application/octet-stream", enableRangeProcessing: true);
        });
}

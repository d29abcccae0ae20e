using StoryExhibit.Core.Illustrations;

namespace StoryExhibit.Web.Illustrations;

public static class IllustrationEndpoints
{
    /// <summary>Scene pictures travel over HTTP; a picture never changes once painted (a new one gets a new id).</summary>
    public static void MapIllustrations(this IEndpointRouteBuilder app)
        => app.MapGet("/illustrations/{id:guid}", async (Guid id, SceneIllustrations illustrations, HttpContext http, CancellationToken ct) =>
        {
            var picture = await illustrations.FindAsync(id, ct);
            if (picture is null || illustrations.FilePath(picture) is not { } path) return Results.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            // SVG is served as an image only: no scripts run when it is opened on its own.
            http.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
            return Results.File(path, picture.MediaType ?? "application/octet-stream");
        });
}

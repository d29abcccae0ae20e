using Microsoft.SemanticKernel;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Music;

namespace StoryExhibit.Web.Music;

public static class MusicEndpoints
{
    /// <summary>The address of the loop for a mood and theme, as the player asks for it.</summary>
    public static string UrlOf(MusicCue cue) => $"/music/{cue.Mood.ToString().ToLowerInvariant()}/{cue.Theme.ToString().ToLowerInvariant()}";

    /// <summary>
    /// <c>/music/{mood}/{theme}</c>: the loop, composed on the first request (through the kernel's music plugin) and
    /// from the cache after that; with range requests, HEAD (see UseHeadAsGet) and a day's caching in the browser.
    /// </summary>
    public static void MapMusic(this IEndpointRouteBuilder app)
        => app.MapGet("/music/{mood}/{theme}", async (string mood, string theme, Kernel kernel, HttpContext http, ILogger<MusicCue> log, CancellationToken ct) =>
        {
            if (!Enum.TryParse<MusicMood>(mood, ignoreCase: true, out var m) || !Enum.IsDefined(m)
                || !Enum.TryParse<MusicTheme>(theme, ignoreCase: true, out var t) || !Enum.IsDefined(t)
                || int.TryParse(mood, out _) || int.TryParse(theme, out _))
                return Results.NotFound();
            try
            {
                var track = await kernel.ComposeMusicAsync(new MusicCue(m, t), ct);
                http.Response.Headers.CacheControl = "public, max-age=86400";
                var written = File.GetLastWriteTimeUtc(track.FilePath);
                return Results.File(track.FilePath, track.MediaType, lastModified: written,
                    entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{Path.GetFileNameWithoutExtension(track.FilePath)}-{written.Ticks:x}\""),
                    enableRangeProcessing: true);
            }
            catch (GenerationException ex)
            {
                log.LogWarning(ex, "The {Mood} {Theme} music could not be composed ({Detail})", m, t, ex.Detail);
                return Results.Problem("The music could not be made just now.", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });
}

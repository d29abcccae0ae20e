using StoryExhibit.Core.Generation.Songs;

namespace StoryExhibit.Web.Songs;

public static class SongEndpoints
{
    /// <summary>
    /// Songs travel to the browser over HTTP (GET, and HEAD through UseHeadAsGet, with ranges so a player can seek). Like narration and pictures,
    /// a song's address is known only to whoever has its story (it holds the story's and the song's random ids), and a
    /// song never changes once made, so it may be cached for good.
    /// </summary>
    public static IEndpointRouteBuilder MapSongs(this IEndpointRouteBuilder app)
    {
        app.MapGet("/songs/{storyId:guid}/{songId:guid}", (Guid storyId, Guid songId, SongFiles files, HttpContext http) => Send(files.Find(storyId, songId), http));
        app.MapGet("/songs/{songId:guid}", (Guid songId, SongFiles files, HttpContext http) => Send(files.Find(null, songId), http));
        return app;
    }

    private static IResult Send((string Path, string MediaType)? song, HttpContext http)
    {
        if (song is not { } found) return Results.NotFound();
        http.Response.Headers.CacheControl = "private, max-age=31536000, immutable";
        return Results.File(found.Path, found.MediaType, enableRangeProcessing: true);
    }
}

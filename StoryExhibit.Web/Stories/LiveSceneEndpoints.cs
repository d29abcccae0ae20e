using System.Buffers;
using System.Text.Json;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Web.Stories;

public static class LiveSceneEndpoints
{
    /// <summary>
    /// The words of a scene being written travel to every page showing it over one plain HTTP response
    /// (StreamingProse.razor.js), not as a re-render of the page a piece: the circuit renders a scene's first words and its
    /// end only. One JSON line a step, <c>{"at":n,"add":"..."}</c>: the prose so far is its first <c>at</c> characters
    /// (UTF-16, as JavaScript counts) followed by <c>add</c>, so a scene started again (at 0) replaces what was shown. A
    /// slow reader skips steps without losing words. The scene's id is the key: a page that shows the story has it, and
    /// it cannot be guessed. 204 when the scene is not being written (it ended before the page asked).
    /// </summary>
    public static void MapLiveScenes(this IEndpointRouteBuilder app)
        => app.MapGet("/stories/live/{sceneId:guid}", async (Guid sceneId, LiveScenes live, HttpContext http, CancellationToken ct) =>
        {
            if (live.Writing(sceneId) is not { } scene) return Results.NoContent();
            http.Response.ContentType = "application/x-ndjson; charset=utf-8";
            http.Response.Headers.CacheControl = "no-store";
            var sent = "";
            try
            {
                await foreach (var frame in scene.WatchAsync(ct))
                {
                    if (frame.SceneId != sceneId) break;
                    var at = frame.Prose.StartsWith(sent, StringComparison.Ordinal) ? sent.Length : 0;
                    if (at < frame.Prose.Length || at == 0) await WriteStepAsync(http.Response, at, frame.Prose[at..], ct);
                    sent = frame.Prose;
                    if (frame.Finished) break;
                }
            }
            catch (OperationCanceledException) { /* the page left: an ordinary end */ }
            return Results.Empty;
        });

    private static async Task WriteStepAsync(HttpResponse response, int at, string add, CancellationToken ct)
    {
        using (var json = new Utf8JsonWriter(response.BodyWriter))
        {
            json.WriteStartObject();
            json.WriteNumber("at", at);
            json.WriteString("add", add);
            json.WriteEndObject();
        }
        response.BodyWriter.Write("\n"u8);
        await response.BodyWriter.FlushAsync(ct);
    }
}

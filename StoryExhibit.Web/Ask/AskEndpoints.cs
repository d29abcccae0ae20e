using StoryExhibit.Core.Ask;
using StoryExhibit.Web.Imaging;

namespace StoryExhibit.Web.Ask;

public static class AskEndpoints
{
    /// <summary>
    /// What the chat makes travels over HTTP, never inlined in the page: <c>/ask/pictures/{id}</c> a picture painted in a
    /// chat, <c>/ask/speech/{id}</c> a sentence of a reply read aloud. Neither changes once made; both are kept in memory
    /// for a while, so an old one is gone (404).
    /// </summary>
    public static void MapAsk(this IEndpointRouteBuilder app)
    {
        app.MapGet("/ask/pictures/{id:guid}", (Guid id, AskPictures pictures, HttpContext http) =>
        {
            if (pictures.Find(id) is not { } picture) return Results.NotFound();
            ScreenRasters.AsPictureOnly(http);
            return Results.Bytes(picture.Bytes, picture.MediaType);
        });
        app.MapGet("/ask/speech/{id:guid}", (Guid id, AskSpeech speech, HttpContext http) =>
        {
            if (speech.Find(id) is not { } audio) return Results.NotFound();
            http.Response.Headers.CacheControl = "private, max-age=3600, immutable";
            return Results.Bytes(audio.Bytes, audio.MediaType);
        });
    }
}

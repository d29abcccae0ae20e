using Microsoft.Extensions.Options;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.SpeechInput;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Exhibit;
using StoryExhibit.Web.Health;

namespace StoryExhibit.Web.SpeechInput;

/// <summary>What the browser gets back for a recording: the words, or a kind sentence saying why there are none.</summary>
public sealed record SpeechInputReply(string? Text, string? Problem, string? Kind);

public static class SpeechInputEndpoints
{
    public const string Path = "/speech-input";
    public const string TicketHeader = "X-Speech-Ticket";

    /// <summary>The upload tickets (one store for the app), each circuit's microphone consent and the health check.</summary>
    public static IServiceCollection AddSpeechInputUploads(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<SpeechInputHealthCheck>("speech-input", tags: [HealthHosting.ReadyTag, "provider"]);
        return services.AddSingleton<SpeechInputTickets>().AddScoped<MicrophoneConsent>();
    }

    /// <summary>
    /// Takes one recording (the raw body, as the browser's MediaRecorder made it) with a ticket from the visitor's circuit,
    /// and answers with the words heard once they pass the visitor-text check. The audio is held in memory for the
    /// request only and never logged.
    /// </summary>
    public static void MapSpeechInput(this IEndpointRouteBuilder app) => app.MapPost(Path, TranscribeAsync).DisableAntiforgery();

    private static async Task<IResult> TranscribeAsync(HttpContext http, SpeechInputTickets tickets, CurrentSpeechInput speechInput,
        VisitorTextGuard guard, IOptionsMonitor<ExhibitOptions> exhibit, ILogger<SpeechInputReply> log, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        var context = tickets.Redeem(http.Request.Headers[TicketHeader].ToString(), VisitorIdentity.KeyOf(http));
        if (context is null) return Reply(StatusCodes.Status403Forbidden, "This recording could not be accepted. Please press the button and try again.", "expired");
        if (speechInput.Transcriber is not { } transcriber) return Reply(StatusCodes.Status503ServiceUnavailable, "Speaking your idea is switched off today. You can type it instead.", "off");

        var options = speechInput.Options;
        var audio = await ReadBodyAsync(http.Request, options.MaxBytes, ct);
        if (audio is null) return Reply(StatusCodes.Status413PayloadTooLarge, $"That recording was too long. Please say it in under {options.MaxSeconds} seconds.", "too-long");
        try
        {
            var transcript = await transcriber.TranscribeAsync(new SpokenAudio(audio, http.Request.ContentType), ct);
            if (transcript.IsEmpty) return Reply(StatusCodes.Status422UnprocessableEntity, "We did not hear any words. Hold the button, speak clearly, then let go.", "silence");

            var text = transcript.Text.Trim();
            if (text.Length > StoryLimits.ChoiceMax) text = text[..StoryLimits.ChoiceMax].TrimEnd();
            var refusal = context.Story is { } story
                ? await guard.CheckAsync(context.Box, text, story, ct)
                : await guard.CheckAsync(context.Box, text, ContentRating.Gentle, Audience.Children, null, ct);
            return refusal is null
                ? Results.Json(new SpeechInputReply(text, null, null))
                : Reply(StatusCodes.Status422UnprocessableEntity, refusal, "refused");
        }
        catch (GenerationException ex)
        {
            log.LogWarning("Speech input failed: {Detail}", ex.Detail);
            return Reply(StatusCodes.Status503ServiceUnavailable, "We could not make out the words just now. Please try again, or type your idea.", "failed");
        }
    }

    private static IResult Reply(int status, string problem, string kind) => Results.Json(new SpeechInputReply(null, problem, kind), statusCode: status);

    /// <summary>The whole body, or null when it is larger than <paramref name="maxBytes"/>.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken ct)
    {
        if (request.ContentLength > maxBytes) return null;
        using var memory = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, ct)) > 0)
        {
            if (memory.Length + read > maxBytes) return null;
            memory.Write(buffer, 0, read);
        }
        return memory.ToArray();
    }
}

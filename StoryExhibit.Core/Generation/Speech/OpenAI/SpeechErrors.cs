using System.ClientModel;
using System.Text.Json;
using StoryExhibit.Core.Generation.OpenAI;

namespace StoryExhibit.Core.Generation.Speech.OpenAI;

/// <summary>Turns whatever the SDK or the network throws into a <see cref="GenerationException"/> a visitor may read.</summary>
internal static class SpeechErrors
{
    public static GenerationException Timeout(Exception? inner = null) =>
        new(OpenAISpeechSynthesizer.Provider, "The speech service did not answer in time.", inner);

    public static GenerationException Map(Exception ex) => ex switch
    {
        GenerationException g => g,
        ClientResultException { Status: 0 } c => Unreachable(c),
        ClientResultException c => FromStatus(c),
        HttpRequestException or System.Net.Sockets.SocketException => Unreachable(ex),
        OperationCanceledException or TimeoutException => Timeout(ex),
        IOException => new(OpenAISpeechSynthesizer.Provider, "The connection to the speech service broke off.", ex),
        JsonException or FormatException or InvalidOperationException => new(OpenAISpeechSynthesizer.Provider, "The speech service sent an answer that could not be read.", ex),
        _ => new(OpenAISpeechSynthesizer.Provider, "The speech service failed unexpectedly.", ex),
    };

    private static GenerationException Unreachable(Exception ex)
    {
        for (var e = ex.InnerException ?? ex; e is not null; e = e.InnerException)
            if (e is HttpIOException or IOException)
                return new(OpenAISpeechSynthesizer.Provider, "The connection to the speech service broke off.", ex);
        return new(OpenAISpeechSynthesizer.Provider, "The speech service could not be reached.", ex);
    }

    private static GenerationException FromStatus(ClientResultException ex)
    {
        var detail = OpenAIErrors.ServerMessage(ex);
        var what = ex.Status switch
        {
            400 or 422 => "The speech service rejected the request",
            401 or 403 => "The speech service refused the credentials",
            404 => "The speech service does not know this model, voice or address",
            408 => "The speech service did not answer in time",
            429 => "The speech service is busy right now",
            >= 500 => "The speech service had an internal problem",
            _ => "The speech service rejected the request",
        };
        return new(OpenAISpeechSynthesizer.Provider, detail is null ? $"{what} (HTTP {ex.Status})." : $"{what} (HTTP {ex.Status}): {detail}", ex);
    }
}

using System.ClientModel;
using System.Net.Http;
using System.Text.Json;

namespace StoryExhibit.Core.Generation.OpenAI;

/// <summary>Turns whatever the SDK or the network throws into a <see cref="GenerationException"/>.</summary>
internal static class OpenAIErrors
{
    public const string Provider = "openai-compatible";

    public static GenerationException Timeout(Exception? inner = null) =>
        new(Provider, "The storyteller service did not answer in time.", inner);

    public static GenerationException Map(Exception ex) => ex switch
    {
        GenerationException g => g,
        ClientResultException { Status: 0 } c => Unreachable(c),
        ClientResultException c => FromStatus(c),
        HttpRequestException or System.Net.Sockets.SocketException => Unreachable(ex),
        OperationCanceledException or TimeoutException => Timeout(ex),
        JsonException or FormatException or InvalidOperationException or KeyNotFoundException => Unreadable(ex),
        IOException => new(Provider, "The connection to the storyteller service broke off.", ex),
        _ => new(Provider, "The storyteller service failed unexpectedly.", ex),
    };

    public static GenerationException Unreadable(Exception? inner = null) =>
        new(Provider, "The storyteller service sent an answer that could not be read.", inner);

    private static GenerationException Unreachable(Exception ex) =>
        IsBrokenStream(ex)
            ? new(Provider, "The connection to the storyteller service broke off.", ex)
            : new(Provider, "The storyteller service could not be reached.", ex);

    private static bool IsBrokenStream(Exception ex)
    {
        for (var e = ex.InnerException ?? ex; e is not null; e = e.InnerException)
            if (e is HttpIOException or IOException) return true;
        return false;
    }

    private static GenerationException FromStatus(ClientResultException ex)
    {
        var detail = ServerMessage(ex);
        var what = ex.Status switch
        {
            401 or 403 => "The storyteller service refused the credentials",
            404 => "The storyteller service does not know this model or address",
            408 => "The storyteller service did not answer in time",
            429 => "The storyteller service is busy right now",
            >= 500 => "The storyteller service had an internal problem",
            _ => "The storyteller service rejected the request",
        };
        var message = detail is null ? $"{what} (HTTP {ex.Status})." : $"{what} (HTTP {ex.Status}): {detail}";
        return new(Provider, message, ex);
    }

    /// <summary>The <c>error.message</c> of an OpenAI-style JSON error body, if any.</summary>
    internal static string? ServerMessage(ClientResultException ex)
    {
        try
        {
            var content = ex.GetRawResponse()?.Content;
            if (content is null) return null;
            using var doc = JsonDocument.Parse(content.ToMemory());
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            if (root.TryGetProperty("error", out var error))
            {
                if (error.ValueKind == JsonValueKind.String) return Shorten(error.GetString());
                if (error.ValueKind == JsonValueKind.Object && error.TryGetProperty("message", out var m) && m.ValueKind == JsonValueKind.String)
                    return Shorten(m.GetString());
            }
            return root.TryGetProperty("message", out var msg) && msg.ValueKind == JsonValueKind.String ? Shorten(msg.GetString()) : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ObjectDisposedException)
        {
            return null;
        }
    }

    private static string? Shorten(string? s)
    {
        s = s?.Trim();
        if (string.IsNullOrEmpty(s)) return null;
        return s.Length <= 300 ? s : s[..300] + "…";
    }
}

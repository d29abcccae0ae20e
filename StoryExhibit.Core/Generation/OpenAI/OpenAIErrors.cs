using System.ClientModel;
using System.Net.Http;
using System.Text.Json;

namespace StoryExhibit.Core.Generation.OpenAI;

/// <summary>
/// Turns whatever the SDK or the network throws into a <see cref="GenerationException"/> a visitor may read, naming the
/// service the way a visitor knows it ("the storyteller service", "the speech service"). The HTTP status and the server's
/// own error text go to <see cref="GenerationException.Detail"/> only: a visitor never reads them.
/// </summary>
/// <param name="unknownThing">What a 404 most likely means the server does not know, e.g. "model or address".</param>
internal sealed class OpenAIErrors(string provider, string service, string unknownThing = "model or address")
{
    public const string Provider = "openai-compatible";

    public static readonly OpenAIErrors Storyteller = new(Provider, "storyteller service");

    public GenerationException Timeout(Exception? inner = null) => new(provider, $"The {service} did not answer in time.", inner);

    public GenerationException Map(Exception ex) => ex switch
    {
        GenerationException g => g,
        ClientResultException { Status: 0 } c => Unreachable(c),
        ClientResultException c => FromStatus(c),
        HttpRequestException or System.Net.Sockets.SocketException => Unreachable(ex),
        OperationCanceledException or TimeoutException => Timeout(ex),
        JsonException or FormatException or InvalidOperationException or KeyNotFoundException => Unreadable(ex),
        IOException => BrokenOff(ex),
        _ => new(provider, $"The {service} failed unexpectedly.", ex),
    };

    public GenerationException Unreadable(Exception? inner = null) => new(provider, $"The {service} sent an answer that could not be read.", inner);

    private GenerationException BrokenOff(Exception ex) => new(provider, $"The connection to the {service} broke off.", ex);

    private GenerationException Unreachable(Exception ex)
    {
        for (var e = ex.InnerException ?? ex; e is not null; e = e.InnerException)
            if (e is HttpIOException or IOException) return BrokenOff(ex);
        return new(provider, $"The {service} could not be reached.", ex);
    }

    private GenerationException FromStatus(ClientResultException ex)
    {
        var detail = ServerMessage(ex);
        var what = ex.Status switch
        {
            401 or 403 => $"The {service} refused the credentials",
            404 => $"The {service} does not know this {unknownThing}",
            408 => $"The {service} did not answer in time",
            429 => $"The {service} is busy right now",
            >= 500 => $"The {service} had an internal problem",
            _ => $"The {service} rejected the request",
        };
        var forStaff = detail is null ? $"{what} (HTTP {ex.Status})." : $"{what} (HTTP {ex.Status}): {detail}";
        return new(provider, $"{what}.", ex, forStaff);
    }

    /// <summary>The <c>error.message</c> of an OpenAI-style JSON error body, if any.</summary>
    private static string? ServerMessage(ClientResultException ex)
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

using System.Text.Json;

namespace StoryExhibit.Core.Generation.Songs.Remote;

/// <summary>
/// What to ask a remote song provider for: our own (checked) words, a title and a style; or, when
/// <paramref name="Instrumental"/>, a piece without words (the ambient music's loops) described by its style alone.
/// </summary>
public sealed record RemoteSongOrder(string Title, string Lyrics, string Style, bool Instrumental = false);

/// <summary>Finished audio from the provider.</summary>
public sealed record RemoteSongAudio(byte[] Bytes, string MediaType);

public enum RemoteSongState { Queued, Running, Complete, Error }

/// <summary>One status answer: the state, and the audio's address once complete.</summary>
public sealed record RemoteSongStatus(RemoteSongState State, string? AudioUrl, string? Error)
{
    /// <summary>
    /// Reads <c>{"id":…,"status":"queued|running|complete|error","audio_url":…,"error":…}</c> (also "pending", "processing",
    /// "succeeded", "failed" as some providers say). Null for anything else: garbage is never trusted.
    /// </summary>
    public static RemoteSongStatus? Parse(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind != JsonValueKind.Object || !doc.RootElement.TryGetProperty("status", out var s) || s.ValueKind != JsonValueKind.String)
                return null;
            RemoteSongState? state = s.GetString()?.ToLowerInvariant() switch
            {
                "queued" or "pending" or "submitted" => RemoteSongState.Queued,
                "running" or "processing" or "streaming" => RemoteSongState.Running,
                "complete" or "completed" or "succeeded" or "done" => RemoteSongState.Complete,
                "error" or "failed" => RemoteSongState.Error,
                _ => null,
            };
            if (state is null) return null;
            var url = Text(doc.RootElement, "audio_url") ?? Text(doc.RootElement, "audioUrl");
            if (state == RemoteSongState.Complete && string.IsNullOrWhiteSpace(url)) return null;
            return new RemoteSongStatus(state.Value, url, Text(doc.RootElement, "error"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The job id from a submit answer (<c>{"id": "…"}</c>), or null; an id is short and plain, as it goes into a path.</summary>
    public static string? ParseId(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var id = doc.RootElement.ValueKind == JsonValueKind.Object ? Text(doc.RootElement, "id") : null;
            return id is { Length: > 0 and <= 100 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') ? id : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}

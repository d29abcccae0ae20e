namespace StoryExhibit.Core.Generation;

/// <summary>
/// A provider could not produce what was asked: unreachable, timed out, refused, or answered with
/// something unusable. <see cref="Exception.Message"/> is a kind, plain sentence fit to show a visitor; it never
/// carries the provider's own words. <see cref="Detail"/> (the HTTP status, the server's error text) is for staff
/// and the log.
/// </summary>
public sealed class GenerationException(string provider, string message, Exception? inner = null, string? detail = null)
    : Exception(message, inner)
{
    public string Provider { get; } = provider;

    /// <summary>What went wrong in the provider's terms, for staff pages and the log; the message when there is no more.</summary>
    public string Detail { get; } = detail ?? message;

    /// <summary>The log shows the detail too (a log line is written from <see cref="ToString"/>).</summary>
    public override string ToString() => Detail == Message ? base.ToString() : $"{base.ToString()}{Environment.NewLine}Detail: {Detail}";
}

namespace StoryExhibit.Core.Generation;

/// <summary>
/// A provider could not produce what was asked: unreachable, timed out, refused, or answered with
/// something unusable. <see cref="Exception.Message"/> is fit to show a visitor; details go to the log.
/// </summary>
public sealed class GenerationException(string provider, string message, Exception? inner = null)
    : Exception(message, inner)
{
    public string Provider { get; } = provider;
}

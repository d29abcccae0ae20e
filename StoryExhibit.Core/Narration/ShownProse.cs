namespace StoryExhibit.Core.Narration;

/// <summary>
/// Turns the prose shown while a scene streams (the whole text so far, each time) into the text still to narrate.
/// The streaming view may hold a last line back again for a moment (while it could still become the choices'
/// heading) and show it again later: that is waited for, never narrated twice. Not thread-safe: one per narration.
/// </summary>
public sealed class ShownProse
{
    /// <summary>Everything handed to narration so far.</summary>
    public string Narrated { get; private set; } = "";

    /// <summary>
    /// The text that is new since the last call ("" when nothing is), or null when <paramref name="shown"/> no longer
    /// continues what was narrated (the scene was started again): narration must start again from <see cref="Narrated"/>,
    /// which is then <paramref name="shown"/>.
    /// </summary>
    public string? Next(string shown)
    {
        ArgumentNullException.ThrowIfNull(shown);
        if (shown.StartsWith(Narrated, StringComparison.Ordinal))
        {
            var added = shown[Narrated.Length..];
            Narrated = shown;
            return added;
        }
        // Part of the text held back again: wait until it shows once more.
        if (Narrated.StartsWith(shown, StringComparison.Ordinal)) return "";
        Narrated = shown;
        return null;
    }
}

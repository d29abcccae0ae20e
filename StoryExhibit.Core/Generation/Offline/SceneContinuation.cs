using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// Carries on a scene cut short. The offline storyteller is a pure function of its brief, so the whole scene it would
/// write starts with the saved words (spacing aside): what follows them is the continuation. Words it did not write
/// (another storyteller began the scene) are left as they are, and only the scene's choices or ending follow.
/// </summary>
internal static class SceneContinuation
{
    public static string Rest(string wholeAnswer, string soFar)
    {
        if (EndOfPrefix(wholeAnswer, soFar) is { } end) return wholeAnswer[end..];
        var choices = wholeAnswer.IndexOf(SceneFormat.ChoicesHeading, StringComparison.Ordinal);
        if (choices < 0) choices = wholeAnswer.IndexOf(SceneFormat.EndMarker, StringComparison.Ordinal);
        return choices < 0 ? "" : "\n\n" + wholeAnswer[choices..];
    }

    /// <summary>Where <paramref name="prefix"/> ends inside <paramref name="text"/>, comparing all but whitespace; null when it is not its start.</summary>
    private static int? EndOfPrefix(string text, string prefix)
    {
        var at = 0;
        foreach (var c in prefix)
        {
            if (char.IsWhiteSpace(c)) continue;
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            if (at >= text.Length || text[at] != c) return null;
            at++;
        }
        return prefix.Any(c => !char.IsWhiteSpace(c)) ? at : null;
    }
}

// TEMPORARY stand-in until the real parser is merged.
namespace StoryExhibit.Core.Stories;
public static class SceneOutputParser
{
    public static SceneOutput Parse(string text, string? genre = null)
    {
        var i = text.IndexOf(SceneFormat.ChoicesHeading, StringComparison.Ordinal);
        var end = text.Contains(SceneFormat.EndMarker);
        var prose = ProseSoFar(text).Trim();
        var choices = i < 0 ? [] : text[(i + SceneFormat.ChoicesHeading.Length)..].Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(l => l.TrimStart('1','2','3','.',' ')).ToList();
        if (!end && choices.Count < 2) choices = ["Keep going", "Look around"];
        return new SceneOutput(prose, choices, end, false);
    }
    public static string ProseSoFar(string text)
    {
        var i = text.IndexOf("###", StringComparison.Ordinal);
        var j = text.IndexOf(SceneFormat.EndMarker, StringComparison.Ordinal);
        var cut = new[] { i, j }.Where(x => x >= 0).DefaultIfEmpty(text.Length).Min();
        return text[..cut].TrimEnd();
    }
}

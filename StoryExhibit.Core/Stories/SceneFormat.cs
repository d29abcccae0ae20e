namespace StoryExhibit.Core.Stories;

/// <summary>
/// The plain-text shape every storyteller answers in. Prose comes first (paragraphs separated by a
/// blank line); then either the choices heading and 2 or 3 numbered choices, or the ending marker:
/// <code>
/// The lantern flickered...
///
/// ### What happens next?
/// 1. Follow the fox into the ferns
/// 2. Knock on the lighthouse door
/// </code>
/// or <c>THE END</c> on its own line after the final scene's prose.
/// Models do not always comply, so <see cref="SceneOutputParser"/> accepts far more than this.
/// </summary>
public static class SceneFormat
{
    public const string ChoicesHeading = "### What happens next?";
    public const string EndMarker = "THE END";

    public static string Instructions =>
        $"""
        Write only the next scene of the story as vivid prose in 2 to 4 short paragraphs separated by blank lines.
        Then, unless the story ends here, write a line "{ChoicesHeading}" followed by 2 or 3 numbered choices
        ("1. ..."), each one short sentence leading somewhere clearly different.
        If the story ends with this scene, write "{EndMarker}" on its own line instead of choices.
        Never repeat a sentence from an earlier scene. No headings, titles or notes besides these.
        """;
}

namespace StoryExhibit.Web.Components.Story.Layouts;

/// <summary>How a story is laid out for reading: chosen on the start page, switchable on the story page.</summary>
public enum ReadingLayout { Novella, SlideDeck, ComicStrip }

/// <summary>
/// The names a layout goes by. The story page's address carries the layout (<c>?layout=slides</c>), so it stays with the
/// story in this tab (reloads and every scene after) and a kiosk's next visitor starts afresh from the start page.
/// </summary>
public static class ReadingLayouts
{
    public const string QueryKey = "layout";
    public static readonly IReadOnlyList<ReadingLayout> All = Enum.GetValues<ReadingLayout>();

    public static string QueryName(this ReadingLayout layout) => layout switch
    {
        ReadingLayout.SlideDeck => "slides",
        ReadingLayout.ComicStrip => "comic",
        _ => "novella",
    };

    /// <summary>The layout an address names; anything unknown reads as a novella.</summary>
    public static ReadingLayout Parse(string? name) =>
        All.FirstOrDefault(layout => string.Equals(layout.QueryName(), name, StringComparison.OrdinalIgnoreCase));

    public static string Label(this ReadingLayout layout) => layout switch
    {
        ReadingLayout.SlideDeck => "Slides",
        ReadingLayout.ComicStrip => "Comic strip",
        _ => "Novella",
    };

    public static string Icon(this ReadingLayout layout) => layout switch
    {
        ReadingLayout.SlideDeck => MudBlazor.Icons.Material.Filled.Slideshow,
        ReadingLayout.ComicStrip => MudBlazor.Icons.Material.Filled.ViewModule,
        _ => MudBlazor.Icons.Material.Filled.MenuBook,
    };

    /// <summary>The story page's address for <paramref name="sessionCode"/>, naming the layout unless it is the novella.</summary>
    public static string StoryAddress(string sessionCode, ReadingLayout layout) =>
        layout == ReadingLayout.Novella ? $"/story/{sessionCode}" : $"/story/{sessionCode}?{QueryKey}={layout.QueryName()}";
}

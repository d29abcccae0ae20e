using MudBlazor;

namespace StoryExhibit.Web.Components.Story;

/// <summary>A Material icon per genre (MudBlazor's SVG icons: nothing to download, nothing to wait for).</summary>
public static class GenreIcons
{
    public static string For(string genre) => genre switch
    {
        "Fantasy" => Icons.Material.Filled.AutoAwesome,
        "Science fiction" => Icons.Material.Filled.RocketLaunch,
        "Mystery" => Icons.Material.Filled.Search,
        "Adventure" => Icons.Material.Filled.Explore,
        "Fairy tale" => Icons.Material.Filled.Castle,
        "Ghost story" => Icons.Material.Filled.Nightlight,
        "Comedy" => Icons.Material.Filled.TheaterComedy,
        "Myth and legend" => Icons.Material.Filled.Bolt,
        _ => Icons.Material.Filled.MenuBook,
    };
}

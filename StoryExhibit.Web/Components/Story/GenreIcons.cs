namespace StoryExhibit.Web.Components.Story;

/// <summary>A Material Symbols icon per genre (the font ships with Radzen, so it works offline).</summary>
public static class GenreIcons
{
    public static string For(string genre) => genre switch
    {
        "Fantasy" => "auto_awesome",
        "Science fiction" => "rocket_launch",
        "Mystery" => "search",
        "Adventure" => "explore",
        "Fairy tale" => "castle",
        "Ghost story" => "nightlight",
        "Comedy" => "theater_comedy",
        "Myth and legend" => "bolt",
        _ => "menu_book",
    };
}

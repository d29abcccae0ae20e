namespace StoryExhibit.Web.Components.Story;

public static class GenreIcons
{
    public static string For(string genre) => genre switch
    {
        "Fantasy" => "🐉",
        "Science fiction" => "🚀",
        "Mystery" => "🔍",
        "Adventure" => "🧭",
        "Fairy tale" => "🏰",
        "Ghost story" => "👻",
        "Comedy" => "🎭",
        "Myth and legend" => "⚡",
        _ => "✦",
    };
}

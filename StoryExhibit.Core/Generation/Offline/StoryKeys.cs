namespace StoryExhibit.Core.Generation.Offline;

/// <summary>What a story without a goal of its own goes looking for, by genre: a noun read after "the".</summary>
internal static class StoryKeys
{
    public static IReadOnlyList<string> For(string genre) => genre switch
    {
        "Fantasy" => ["lost spell", "hidden spring", "missing moonstone"],
        "Science fiction" => ["missing signal", "lost star chart", "silent beacon"],
        "Mystery" => ["missing necklace", "vanished painting", "hidden letter"],
        "Adventure" => ["lost treasure", "golden idol", "hidden valley"],
        "Fairy tale" => ["lost slipper", "golden key", "stolen crown"],
        "Ghost story" => ["lost diary", "hidden door", "forgotten name"],
        "Comedy" => ["missing trophy", "stolen pie recipe", "runaway parade float"],
        _ => ["lost crown", "sacred flame", "golden fleece"],
    };
}

using MudBlazor;

namespace StoryExhibit.Web.Components.Story;

/// <summary>A Material icon per badge, by the badge's id (<see cref="StoryExhibit.Core.Badges.BadgeRules"/>).</summary>
public static class BadgeIcons
{
    public static string For(string badgeId) => badgeId switch
    {
        "first-story" => Icons.Material.Filled.AutoStories,
        "branch-explorer" => Icons.Material.Filled.AccountTree,
        "plot-twister" => Icons.Material.Filled.EditNote,
        "master-illustrator" => Icons.Material.Filled.Palette,
        "storytellers-ear" => Icons.Material.Filled.Hearing,
        "epic-saga" => Icons.Material.Filled.MenuBook,
        "world-builder" => Icons.Material.Filled.Public,
        "second-draft" => Icons.Material.Filled.Autorenew,
        "story-collector" => Icons.Material.Filled.CollectionsBookmark,
        _ => Icons.Material.Filled.EmojiEvents,
    };
}

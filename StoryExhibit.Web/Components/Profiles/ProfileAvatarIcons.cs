using MudBlazor;

namespace StoryExhibit.Web.Components.Profiles;

/// <summary>The Material icon drawn for each avatar key (<see cref="StoryExhibit.Core.Profiles.ProfileAvatars"/>), and its name for screen readers.</summary>
public static class ProfileAvatarIcons
{
    public static string For(string avatar) => avatar switch
    {
        "paw" => Icons.Material.Filled.Pets,
        "moon" => Icons.Material.Filled.NightsStay,
        "rocket" => Icons.Material.Filled.RocketLaunch,
        "castle" => Icons.Material.Filled.Castle,
        "star" => Icons.Material.Filled.Star,
        "tree" => Icons.Material.Filled.Park,
        "ship" => Icons.Material.Filled.Sailing,
        "flame" => Icons.Material.Filled.LocalFireDepartment,
        _ => Icons.Material.Filled.Face,
    };

    public static string Name(string avatar) => avatar switch
    {
        "paw" => "Paw",
        "moon" => "Moon",
        "rocket" => "Rocket",
        "castle" => "Castle",
        "star" => "Star",
        "tree" => "Tree",
        "ship" => "Sailing ship",
        "flame" => "Flame",
        _ => "Face",
    };
}

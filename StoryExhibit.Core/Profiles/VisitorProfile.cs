using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Profiles;

/// <summary>
/// A visitor's saved profile: what the start page fills in for them and the stories they wrote under it. Reopened by
/// its <see cref="Code"/> (the same shape as a story code, <see cref="SessionCodes"/>) or from a cookie on one device.
/// </summary>
public sealed class VisitorProfile
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public string Code { get; set; } = "";
    /// <summary>What the visitor likes to be called, normalised and moderated; may be empty.</summary>
    public string Name { get; set; } = "";
    /// <summary>One of <see cref="ProfileAvatars.All"/>.</summary>
    public string Avatar { get; set; } = ProfileAvatars.All[0];
    /// <summary>Preferred genres, from <see cref="Stories.Genres.All"/>; the first is chosen on the start page.</summary>
    public List<string> Genres { get; set; } = [];
    public Audience? Audience { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedUtc { get; set; } = DateTime.UtcNow;
}

/// <summary>A story written under a profile. Removed with the story (cascade) or with the profile.</summary>
public sealed class ProfileStory
{
    public Guid ProfileId { get; set; }
    public Guid StoryId { get; set; }
    public DateTime AddedUtc { get; set; } = DateTime.UtcNow;
}

/// <summary>The avatars a visitor picks from, by stable key (the page draws each as an icon).</summary>
public static class ProfileAvatars
{
    public static IReadOnlyList<string> All { get; } = ["paw", "moon", "rocket", "castle", "star", "tree", "ship", "flame"];
}

/// <summary>What a visitor fills in on the profile page.</summary>
public sealed record ProfileDraft(string? Name, string Avatar, IReadOnlyList<string> Genres, Audience? Audience);

/// <summary>A story in a profile's list, newest first: where to pick it up.</summary>
public sealed record ProfileStorySummary(string SessionCode, string Title, string Genre, int Scenes, bool Ended, DateTime UpdatedUtc);

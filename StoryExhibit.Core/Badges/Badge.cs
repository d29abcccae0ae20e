namespace StoryExhibit.Core.Badges;

/// <summary>
/// Something a visitor did with a story, worth a badge at its end. <see cref="Id"/> is stable (the page picks the
/// badge's icon by it); <see cref="Earned"/> decides from the story's facts.
/// </summary>
public sealed record Badge(string Id, string Name, string Reason, Func<Stories.StoryFacts, bool> Earned);

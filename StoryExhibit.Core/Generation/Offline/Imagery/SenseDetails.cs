namespace StoryExhibit.Core.Generation.Offline.Imagery;

/// <summary>What can be seen, heard and smelled somewhere: each a noun phrase that reads after "see", "hear", "smell of".</summary>
internal sealed record SenseDetails(string[] Sights, string[] Sounds, string[] Smells)
{
    public static SenseDetails Merge(SenseDetails first, SenseDetails second) =>
        new([.. first.Sights, .. second.Sights], [.. first.Sounds, .. second.Sounds], [.. first.Smells, .. second.Smells]);
}

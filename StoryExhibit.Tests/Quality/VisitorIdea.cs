using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Quality;

/// <summary>
/// A visitor's idea as typed at the exhibit, labelled with what a listening storyteller must pick up:
/// the one key word for the hero, the place and the object the idea names (null where it names none),
/// and an own choice a visitor might type after the first scene with the key word the next scene must
/// be about.
/// </summary>
public sealed record VisitorIdea(StorySeed Seed, string? Hero, string? Place, string? Object, string OwnChoice, string OwnChoiceKey)
{
    public IEnumerable<(string Role, string Word)> Labels()
    {
        if (Hero is not null) yield return ("hero", Hero);
        if (Place is not null) yield return ("place", Place);
        if (Object is not null) yield return ("object", Object);
    }

    public override string ToString() => $"{Seed.Genre}: {Seed.Prompt}";
}

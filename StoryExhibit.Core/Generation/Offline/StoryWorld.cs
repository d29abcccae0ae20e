using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline;

internal sealed record Trait(string Word, string Deed);

/// <summary>
/// Everything that stays fixed for a whole story: cast, place, object, goal, obstacle and ending.
/// It depends on the seed alone, never on the path, which is what keeps every scene consistent.
/// </summary>
internal sealed record StoryWorld
{
    public required StorySeed Seed { get; init; }
    public required GenreKit Kit { get; init; }
    public required ulong StorySeedHash { get; init; }
    public required string Hero { get; init; }
    public required Pronouns HeroPronouns { get; init; }
    public required Trait Trait { get; init; }
    public required string Companion { get; init; }
    public required string CompanionKind { get; init; }
    public required string Stranger { get; init; }
    public required string Place { get; init; }
    public required string Object { get; init; }
    public required string ObjectGift { get; init; }
    public required string Foe { get; init; }
    public required string Motif { get; init; }
    public required string Premise { get; init; }
    public required string Key { get; init; }
    public required string Goal { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }
    public required IReadOnlyList<string> Landmarks { get; init; }
    public required EndingPreference Ending { get; init; }

    /// <summary>Where a scene takes place: exploring goes where the choice promised, other choices elsewhere.</summary>
    public string LandmarkFor(int sceneNumber, ChoiceKind kind) =>
        Landmarks[(sceneNumber - 1 + (kind == ChoiceKind.Explore ? 0 : 1 + (int)kind)) % Landmarks.Count];

    public static readonly IReadOnlyList<Trait> Traits =
    [
        new("curious", "asked questions about absolutely everything"),
        new("brave", "never turned away from a challenge"),
        new("kind", "always stopped to help anyone in need"),
        new("clever", "loved nothing more than a good puzzle"),
        new("patient", "could sit and watch the world for hours"),
        new("cheerful", "could find a reason to smile almost anywhere"),
        new("imaginative", "dreamed up a new idea every minute"),
        new("careful", "checked every step twice before taking it"),
    ];
}

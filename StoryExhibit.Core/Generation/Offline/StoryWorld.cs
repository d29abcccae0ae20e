using StoryExhibit.Core.Generation.Offline.Grammar;
using StoryExhibit.Core.Generation.Offline.Ideas;
using StoryExhibit.Core.Generation.Offline.Imagery;
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
    public required Character HeroCharacter { get; init; }
    /// <summary>How the hero is introduced besides their name ("a lighthouse keeper's daughter"), when the idea says.</summary>
    public string? HeroIntro { get; init; }
    public required Trait Trait { get; init; }
    public required Character CompanionCharacter { get; init; }
    /// <summary>What the companion is, with its article: "a talking fox".</summary>
    public required string CompanionKind { get; init; }
    public required Character StrangerCharacter { get; init; }
    /// <summary>The place in full ("the valley of Emberdale"), for its first mention.</summary>
    public required string Place { get; init; }
    public required string PlaceShort { get; init; }
    /// <summary>"in", "aboard", "on": how one is in this place.</summary>
    public required string PlacePreposition { get; init; }
    public required Setting Setting { get; init; }
    /// <summary>The object without its article ("message in a bottle"), and a short way to say it again ("message").</summary>
    public required string Object { get; init; }
    public required string ObjectShort { get; init; }
    /// <summary>What is special about the object, as a clause after "that": "glows at night".</summary>
    public string? ObjectDetail { get; init; }
    public required string ObjectGift { get; init; }
    /// <summary>The obstacle without its article: "grumpy troll", then "troll"; with its possessive ("its", "her").</summary>
    public required string Foe { get; init; }
    public required string FoeShort { get; init; }
    public required string FoePossessive { get; init; }
    public required string Motif { get; init; }
    /// <summary>What the story is after, as a noun after "the": "answer", "lost spell".</summary>
    public required string Key { get; init; }
    /// <summary>What the hero wants, as a base-form verb phrase.</summary>
    public required string Goal { get; init; }
    /// <summary>The goal said again after the opening: "find the lost treasure" for "discover the secret of the lost treasure".</summary>
    public required string GoalShort { get; init; }
    /// <summary>The deed that starts the story, when the idea gives one.</summary>
    public IdeaAction? Event { get; init; }
    public required SenseDetails Details { get; init; }
    public required IReadOnlyList<string> Landmarks { get; init; }
    public required EndingPreference Ending { get; init; }

    public string Hero => HeroCharacter.Short;
    public Pronouns HeroPronouns => HeroCharacter.Pronouns;
    public string Companion => CompanionCharacter.Short;
    public string Stranger => StrangerCharacter.Full;

    /// <summary>Where a scene takes place: exploring goes where the choice promised, other choices elsewhere.</summary>
    public string LandmarkFor(int sceneNumber, ChoiceKind kind) =>
        Landmarks[(sceneNumber - 1 + (kind == ChoiceKind.Explore ? 0 : 1 + (int)kind)) % Landmarks.Count];

    public static readonly IReadOnlyList<Trait> Traits =
    [
        new("curious", "asked questions about everything"),
        new("brave", "never turned away from a challenge"),
        new("kind", "always stopped to help anyone in need"),
        new("clever", "loved nothing more than a good puzzle"),
        new("patient", "could sit and watch the world for hours"),
        new("cheerful", "could find a reason to smile almost anywhere"),
        new("imaginative", "always had a new idea"),
        new("careful", "checked every step twice before taking it"),
    ];
}

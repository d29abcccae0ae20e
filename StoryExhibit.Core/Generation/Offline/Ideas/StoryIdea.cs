namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>What the visitor's idea (and story elements) say the story is about. Every part is optional:
/// the storyteller invents what the visitor left open, from the genre.</summary>
internal sealed record StoryIdea
{
    /// <summary>Who the idea is about: "a lighthouse keeper's daughter", "Captain Ada Reyes".</summary>
    public IdeaCharacter? Hero { get; init; }
    /// <summary>Anyone else the idea names ("a tired engineer", "her grandmother"), in order of mention.</summary>
    public IReadOnlyList<IdeaCharacter> Others { get; init; } = [];
    public IdeaPlace? Place { get; init; }
    public IdeaThing? Object { get; init; }
    /// <summary>What the hero wants, as a base-form verb phrase: "find out who sent the message".</summary>
    public string? Goal { get; init; }
    /// <summary>What happens to set the story going, as the hero's deed: "finds a message in a bottle".</summary>
    public IdeaAction? Event { get; init; }
}

/// <summary>A person, animal or machine. <see cref="Name"/> is a proper name when one is given ("Nell",
/// "Captain Ada Reyes"); <see cref="Description"/> is a noun phrase without its article
/// ("lighthouse keeper's daughter", "tired engineer", "shy robot").</summary>
internal sealed record IdeaCharacter(string? Name, string Description, Pronouns Pronouns)
{
    /// <summary>What to call them after the first mention: a first name, or "the engineer".</summary>
    public string? ShortName { get; init; }
}

/// <summary>Where the story happens: "in" + "an old lighthouse", "aboard" + "a generation ship".</summary>
internal sealed record IdeaPlace(string Preposition, string NounPhrase, Setting Setting);

/// <summary>The thing the story turns on: "message in a bottle" (no article) and what is special about it
/// as a relative clause without its pronoun ("glows at night").</summary>
internal sealed record IdeaThing(string Noun, string? Detail);

/// <summary>A deed in every form the prose needs: "open the bottle" / "opened the bottle" /
/// "opening the bottle" / "opens the bottle". Pronouns inside are already the hero's.</summary>
internal sealed record IdeaAction(string Base, string Past, string Gerund, string Present);

/// <summary>The kind of world a place is, which decides what can be seen, heard and smelled there.</summary>
internal enum Setting
{
    Unknown, Coast, Sea, Island, Forest, Mountains, Countryside, Village, City, House, Castle, School, Library,
    Museum, Underground, Desert, Snow, Sky, Spaceship, Planet, Underwater,
}

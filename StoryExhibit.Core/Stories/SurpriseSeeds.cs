using StoryExhibit.Core.Generation.Images;

namespace StoryExhibit.Core.Stories;

/// <summary>Random story ideas for the "surprise me" button, assembled from parts so they rarely repeat.</summary>
public static class SurpriseSeeds
{
    private static readonly string[] Heroes =
    [
        "a lighthouse keeper who collects lost echoes", "a young inventor with a clockwork sparrow", "a retired pirate who runs a tea shop",
        "a girl who can talk to the wind", "a robot gardener on a quiet moon", "a librarian who guards a door no one else can see",
        "a shy dragon who is afraid of the dark", "twins who swap places every full moon", "a cartographer drawing an island that keeps moving",
        "a baker whose bread remembers dreams", "an astronaut who finds a note inside her helmet", "a detective cat in a city of umbrellas",
    ];

    private static readonly string[] Quests =
    [
        "must return a stolen star before dawn", "discovers a map that redraws itself every night", "is asked to keep a secret for a king",
        "follows a song that only they can hear", "finds a key that opens the sky", "has to win back a voice from a jealous mountain",
        "wakes up to find the sea has vanished", "receives a letter from a hundred years in the future", "must carry a seed across a frozen kingdom",
        "hears the museum's statues whispering at closing time",
    ];

    private static readonly string[] Places = ["a floating market", "the edge of the Glass Forest", "an abandoned observatory", "a city built on turtles", "the bottom of a wishing well", "a train that never stops"];
    private static readonly string[] Objects = ["a silver compass", "a jar of fireflies", "a cracked pocket watch", "a paper crown", "a glowing feather", "an umbrella that sings"];

    public static StorySeed Create(Random random) => new()
    {
        Prompt = $"{Capitalise(random.GetItems(Heroes, 1)[0])} {random.GetItems(Quests, 1)[0]}.",
        Genre = random.GetItems(Genres.All.ToArray(), 1)[0],
        Place = random.GetItems(Places, 1)[0],
        StoryObject = random.GetItems(Objects, 1)[0],
        Ending = EndingPreference.Surprise,
        ArtStyle = random.GetItems(Enum.GetValues<ArtStyle>(), 1)[0],
        RandomSeed = random.Next(),
    };

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

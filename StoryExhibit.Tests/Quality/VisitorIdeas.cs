using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Quality;

/// <summary>
/// The fixed ideas the storyteller's prose is measured on: written the way visitors type them (some short,
/// some with slips, some naming the hero), seven per genre. Audience, rating, ending and length rotate with
/// the position in the list, so every value of each is played. Keys match any word starting with them
/// ("bottle" matches "bottles"), so they are written as stems.
/// </summary>
public static class VisitorIdeas
{
    public static IReadOnlyList<VisitorIdea> All { get; } = Build(
    [
        // Fantasy
        new("Fantasy", "A lighthouse keeper's daughter finds a message in a bottle that glows at night", "daughter", "lighthouse", "bottle",
            "She opens the bottle and reads the glowing message out loud", "read"),
        new("Fantasy", "dragons", "dragon", null, null, "The dragon breathes fire to melt the ice", "fire"),
        new("Fantasy", "Pip the hedgehog wants to fly", "Pip", null, null, "Pip climbs to the top of the tallest tree", "climb"),
        new("Fantasy", "a young wizard who lost her wand in the swamp", "wizard", "swamp", "wand", "She dives into the muddy water to look for it", "water"),
        new("Fantasy", "An old knight and his horse look for the last unicorn", "knight", "forest", null, "The knight follows the hoofprints into the forest", "hoofprint",
            SeedPlace: "an enchanted forest"),
        new("Fantasy", "a baker girl who can bake spells into bread", "girl", null, "bread", "She bakes a loaf that makes people tell the truth", "loaf",
            Characters: ["Mira, a baker girl"]),
        new("Fantasy", "the castle cat that guards a secret libary", "cat", "library", null, "The cat knocks a dusty book off the shelf", "book"),
        // Science fiction
        new("Science fiction", "a tired engineer on a generation ship hears knocking from the hull", "engineer", "ship", null,
            "He puts on a spacesuit and goes outside to look", "spacesuit"),
        new("Science fiction", "robots", "robot", null, null, "The robot opens its chest and shows a tiny garden inside", "garden"),
        new("Science fiction", "A robot who wants to learn to paint", "robot", null, null, "The robot paints a picture of the sunrise", "paint"),
        new("Science fiction", "kid finds an alien egg in the backyard", "kid", "backyard", "egg", "The kid keeps the egg warm under a lamp", "lamp"),
        new("Science fiction", "a space station where the plants started whispering", null, "station", null, "She records the whispers and plays them backwards", "record"),
        new("Science fiction", "Captain Ortiz must land the broken shuttle on Mars", "Ortiz", "Mars", "shuttle", "Ortiz switches off the engines and glides", "engine"),
        new("Science fiction", "time traveling grandma", "grandma", null, "watch", "Grandma sets the dial back to the day she was born", "dial",
            SeedObject: "a pocket watch"),
        // Mystery
        new("Mystery", "who stole the museum's golden clock?", null, "museum", "clock", "She checks the security camera footage from last night", "camera"),
        new("Mystery", "a detective dog solves the case of the missing socks", "dog", null, "sock", "The dog sniffs under the washing machine", "sniff"),
        new("Mystery", "mystery on a train", null, "train", null, "He searches the luggage car with a torch", "luggage"),
        new("Mystery", "The librarian finds a note hidden in a returned book", "librarian", null, "note", "She compares the handwriting with the library cards", "handwriting"),
        new("Mystery", "Inspector Bell and the vanishing violin", "Bell", null, "violin", "Bell questions the nervous conductor", "conductor"),
        new("Mystery", "a girl notices the same stranger at every bus stop", "girl", null, null, "She follows the stranger onto the night bus", "follow",
            Characters: ["Lena, a curious girl", "a stranger in a grey coat"]),
        new("Mystery", "strange footprints in the snow behind the school", null, "school", null, "They follow the footprints to the old shed", "shed"),
        // Adventure
        new("Adventure", "two friends build a raft and sail down the river", "friend", "river", "raft", "They steer the raft toward the waterfall", "waterfall"),
        new("Adventure", "pirates!!", "pirate", null, null, "The pirates dig under the palm tree for the chest", "dig"),
        new("Adventure", "a boy and his grandfather climb the highest mountain", "boy", "mountain", null, "The boy ties the rope around a rock", "rope"),
        new("Adventure", "Zara explores a jungle temple looking for a jade mask", "Zara", "temple", "mask", "Zara swings across the pit on a vine", "vine"),
        new("Adventure", "a hot air ballon race around the world", null, null, "balloon", "They throw the sandbags out to rise above the storm", "sandbag"),
        new("Adventure", "A girl crosses the desert with a camel", "girl", "desert", "compass", "She follows the stars to find the oasis", "oasis",
            SeedObject: "a brass compass"),
        new("Adventure", "treasure map in grandpas attic", null, "attic", "map", "He unfolds the map on the kitchen table", "unfold"),
        // Fairy tale
        new("Fairy tale", "a princess who doesnt want to be rescued", "princess", null, null, "The princess picks the lock of the tower door herself", "lock"),
        new("Fairy tale", "The frog who wanted to be a king", "frog", null, null, "The frog hops to the palace and asks for a crown", "crown"),
        new("Fairy tale", "a poor shoemaker and the elves", "shoemaker", null, null, "The shoemaker stays up late to watch the workshop", "watch"),
        new("Fairy tale", "a girl who can talk to the wind", "girl", "windmill", null, "She asks the wind to carry a letter to her mother", "letter",
            SeedPlace: "a windmill on the hill"),
        new("Fairy tale", "Rosa and the mirror that tells lies", "Rosa", null, "mirror", "Rosa covers the mirror with a cloth", "cloth"),
        new("Fairy tale", "a giant who is afraid of mice", "giant", null, null, "The giant makes friends with the smallest mouse", "mouse"),
        new("Fairy tale", "the goose that lays silver eggs lives on a farm", "goose", "farm", "egg", "The farmer hides the silver eggs in the hay", "hay"),
        // Ghost story
        new("Ghost story", "a friendly ghost lives in the school library", "ghost", "library", null, "The ghost helps a boy find a lost book", "book"),
        new("Ghost story", "ghosts", "ghost", null, null, "She lights a candle and calls out to the ghost", "candle"),
        new("Ghost story", "An old house where the piano plays by itself at midnight", null, "house", "piano", "He sits down at the piano and plays along", "play"),
        new("Ghost story", "a lonley ghost dog waiting at the train station", "dog", "station", null, "The girl throws a ball for the ghost dog", "ball"),
        new("Ghost story", "Mr. Finch hears his dead wife singing in the garden", "Finch", "garden", null, "Finch sings the song back to her", "sing"),
        new("Ghost story", "a photograph where the faces change every night", null, null, "photograph", "She burns the photograph in the fireplace", "burn"),
        new("Ghost story", "the ghost ship returns to the harbour every hundred years", "ship", "harbour", null, "The fisherman rows out to meet the ghost ship", "row",
            Characters: ["an old fisherman"]),
        // Comedy
        new("Comedy", "a penguin who wants to be a chef", "penguin", null, null, "The penguin cooks spaghetti with fish sauce", "spaghetti"),
        new("Comedy", "My dog ate my homework and now he is a genius", "dog", null, "homework", "The dog enters a spelling contest", "contest"),
        new("Comedy", "a wedding where everything goes wrong", null, null, "wedding", "The groom slips on the cake", "cake"),
        new("Comedy", "Uncle Bert tries to fix the washing machine", "Bert", null, "machine", "Bert hits the machine with a wrench", "wrench"),
        new("Comedy", "cat becomes mayor of the town", "cat", "town", null, "The cat bans Mondays", "monday"),
        new("Comedy", "a grumpy goat runs a cafe", "goat", "cafe", null, "The goat eats the menu", "menu"),
        new("Comedy", "two aliens try to blend in at a school dance", "alien", "dance", null, "The aliens try to dance the tango", "tango"),
        // Myth and legend
        new("Myth and legend", "a fisherman catches the sun in his net", "fisherman", null, "net", "He lets the sun go back into the sky", "sky"),
        new("Myth and legend", "The girl who carried fire down from the mountain", "girl", "mountain", "fire", "She shares the fire with the cold village", "village"),
        new("Myth and legend", "why the moon has spots", null, null, "moon", "The rabbit jumps up to the moon", "rabbit"),
        new("Myth and legend", "Anansi the spider tricks the tiger", "Anansi", null, null, "Anansi asks the tiger to help him tie a knot", "knot"),
        new("Myth and legend", "a hero has to bring back a feather from the thunderbird", "hero", null, "feather", "The hero climbs the cliff to the nest", "nest"),
        new("Myth and legend", "the river god is angry at the village", "god", "river", null, "The villagers offer the river god a song", "song"),
        new("Myth and legend", "a shepherd who finds a golden harp in a cave", "shepherd", "cave", "harp", "He plays the harp for the sleeping giant", "giant",
            Characters: ["Tomas, a young shepherd"]),
    ]);

    /// <summary>One idea per genre, together covering every audience, rating and ending: the set the tests hold the goals on.</summary>
    public static IReadOnlyList<VisitorIdea> Small { get; } = [All[0], All[7], All[14], All[21], All[28], All[35], All[42], All[49]];

    private sealed record Draft(string Genre, string Prompt, string? Hero, string? Place, string? Object, string OwnChoice, string OwnChoiceKey,
        IReadOnlyList<string>? Characters = null, string? SeedPlace = null, string? SeedObject = null);

    private static List<VisitorIdea> Build(IReadOnlyList<Draft> drafts) => drafts.Select((d, i) => new VisitorIdea(new StorySeed
    {
        Prompt = d.Prompt, Genre = d.Genre, Characters = d.Characters ?? [], Place = d.SeedPlace, StoryObject = d.SeedObject,
        Audience = (Audience)(i % 3), Rating = (ContentRating)(i / 3 % 3), Ending = (EndingPreference)(i % 5),
        Length = 4 + i % 3, RandomSeed = 100 + i,
    }, d.Hero, d.Place, d.Object, d.OwnChoice, d.OwnChoiceKey)).ToList();
}

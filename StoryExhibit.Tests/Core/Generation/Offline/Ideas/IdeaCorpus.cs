using StoryExhibit.Core.Generation.Offline.Ideas;

namespace StoryExhibit.Tests.Core.Generation.Offline.Ideas;

/// <summary>One labelled visitor idea. A label left null is not asserted; <see cref="None"/> means the reader must
/// find nothing there (better nothing than a wrong guess).</summary>
internal sealed record IdeaCase(string Prompt, string Genre)
{
    public const string None = "—";
    public IReadOnlyList<string> Characters { get; init; } = [];
    public string? PlaceElement { get; init; }
    public string? ObjectElement { get; init; }
    public string? Hero { get; init; }
    public string? Name { get; init; }
    public string? ShortName { get; init; }
    public string? Pronoun { get; init; }
    public string? Other { get; init; }
    public string? Place { get; init; }
    public Setting? Setting { get; init; }
    public string? Object { get; init; }
    public string? Detail { get; init; }
    public string? Goal { get; init; }
    public string? Event { get; init; }

    public override string ToString() => Prompt.Length > 0 ? Prompt : string.Join(", ", Characters);
}

/// <summary>Visitor ideas across every genre, as visitors type them: tidy, lower case, misspelt, with emoji, a bare
/// word, nonsense, two sentences, with and without story elements.</summary>
internal static class IdeaCorpus
{
    private const string None = IdeaCase.None;

    public static readonly IdeaCase[] All =
    [
        // Fantasy
        new("A lighthouse keeper's daughter finds a message in a bottle that glows at night", "Fantasy")
        {
            Hero = "lighthouse keeper's daughter", ShortName = "the keeper's daughter", Pronoun = "she",
            Place = "at the lighthouse", Setting = Setting.Coast, Object = "message in a bottle", Detail = "glows at night",
            Goal = "find out who sent the message", Event = "find a message in a bottle",
        },
        new("a story about a dragon who is afraid of the dark", "Fantasy")
            { Hero = "dragon", ShortName = "the dragon", Goal = "face the dark", Object = None, Place = None },
        new("a young witch loses her wand in the enchanted forest", "Fantasy")
        {
            Hero = "young witch", Pronoun = "she", Place = "in the enchanted forest", Setting = Setting.Forest, Object = "wand",
            Goal = "find her wand", Event = "lose her wand in the enchanted forest",
        },
        new("An elf who can't use magic must save the kingdom", "Fantasy") { Hero = "elf", Goal = "save the kingdom" },
        new("a map made of moonlight", "Fantasy") { Hero = None, Object = "map", Detail = "is made of moonlight", Event = None },
        new("dragons", "Fantasy") { Hero = "dragon", Place = None, Object = None, Goal = None },
        new("a wizard's apprentice accidentally turns the king into a frog", "Fantasy")
            { Hero = "wizard's apprentice", Other = "king", Event = "turn the king into a frog" },
        new("a fox who is searching for the lost spring", "Fantasy")
        {
            Characters = ["Mira the fox"], PlaceElement = "the Whispering Woods", ObjectElement = "a silver compass",
            Name = "Mira", Hero = "fox", ShortName = "Mira", Pronoun = "she", Place = "in the Whispering Woods",
            Setting = Setting.Forest, Object = "silver compass", Goal = "find the lost spring",
        },
        new("a dragon guards a cave", "Fantasy")
        {
            PlaceElement = "the Crystal Caverns", ObjectElement = "a golden egg", Hero = "dragon",
            Place = "in the Crystal Caverns", Setting = Setting.Underground, Object = "golden egg", Event = "guard a cave",
        },

        // Science fiction
        new("a tired engineer on a generation ship hears knocking from the hull", "Science fiction")
        {
            Hero = "tired engineer", ShortName = "the engineer", Place = "aboard a generation ship", Setting = Setting.Spaceship,
            Object = None, Goal = "find out where the knocking comes from", Event = "hear knocking from the hull",
        },
        new("A robot learns to dance on Mars", "Science fiction")
            { Hero = "robot", Pronoun = "it", Place = "on Mars", Setting = Setting.Planet, Event = "learn to dance on Mars" },
        new("a pilot must bring her crew home from a dying star", "Science fiction")
        {
            Characters = ["Captain Ada Reyes, a pilot"], Name = "Captain Ada Reyes", ShortName = "Ada", Hero = "pilot",
            Pronoun = "she", Goal = "bring her crew home from a dying star",
        },
        new("two kids find a portal in their school basement", "Science fiction")
        {
            Hero = "kid", Setting = Setting.Underground, Object = "portal", Goal = "find out where the portal leads",
            Event = "find a portal in his school basement", // "their" is the hero's, and the kid is a "he"
        },
        new("an android who wants to be human", "Science fiction") { Hero = "android", Pronoun = "it", Goal = "become human" },
        new("the last astronaut on the moon receives a strange signal", "Science fiction")
        {
            Hero = "last astronaut", Place = "on the moon", Setting = Setting.Planet, Object = "strange signal",
            Goal = "find out who sent the signal", Event = "receive a strange signal",
        },
        new("space", "Science fiction") { Hero = None, Place = "in space", Setting = Setting.Spaceship },
        new("aliens land in the school playground", "Science fiction")
            { Hero = "alien", Place = "in the school playground", Setting = Setting.School, Event = "land in the school playground" },
        new("a robot chef who cant cook", "Science fiction") { Hero = "robot chef", Pronoun = "it", Goal = "learn to cook" },

        // Mystery
        new("a detective cat investigates missing cheese at the bakery", "Mystery")
        {
            Hero = "detective cat", Place = "at the bakery", Setting = Setting.City, Object = "missing cheese",
            Event = "investigate missing cheese at the bakery",
        },
        new("Someone stole the crown jewels from the museum!", "Mystery") { Place = "in the museum", Setting = Setting.Museum },
        new("a girl finds a diary in her grandmother's attic", "Mystery")
        {
            Hero = "girl", Pronoun = "she", Place = "in her grandmother's attic", Setting = Setting.House, Object = "diary",
            Goal = "uncover the secret of the diary", Event = "find a diary in her grandmother's attic",
        },
        new("who took the last cookie?", "Mystery") { Hero = None, Object = "last cookie" },
        new("A boy named Theo hears footsteps in the empty library every night", "Mystery")
        {
            Name = "Theo", Hero = "boy", Pronoun = "he", ShortName = "Theo", Place = "in the empty library", Setting = Setting.Library,
            Goal = "find out where the footsteps come from", Event = "hear footsteps in the empty library every night",
        },
        new("the mystery of the missing painting", "Mystery") { Hero = None, Object = "missing painting" },
        new("a boy finds a key", "Mystery") { Characters = ["Nell"], Name = "Nell", Pronoun = "she", Object = "key" },
        new("a story about a pirate", "Adventure") { Characters = ["Sam"], Name = "Sam", Hero = "pirate", Pronoun = "he" },
        new("a girl", "Mystery")
        {
            Characters = ["Nell", "Grandpa Joe", "a talking cat"], PlaceElement = "Paris", ObjectElement = "a key that opens any door",
            Name = "Nell", Hero = "girl", Other = "grandpa", Place = "in Paris", Setting = Setting.City, Object = "key",
            Detail = "opens any door",
        },
        new("", "Myth and legend")
        {
            Characters = ["a cat named Biscuit"], PlaceElement = "the bottom of the ocean", Name = "Biscuit", Hero = "cat",
            Place = "at the bottom of the ocean", Setting = Setting.Underwater,
        },

        // Adventure
        new("a girl searching for her lost brother", "Adventure")
            { Hero = "girl", Pronoun = "she", Goal = "find her lost brother", Other = "lost brother" },
        new("pirates bury treasure on a desert island", "Adventure")
        {
            Hero = "pirate", Place = "on a desert island", Setting = Setting.Island, Object = "treasure",
            Event = "bury treasure on a desert island",
        },
        new("an explorer gets lost in the jungle", "Adventure")
            { Hero = "explorer", Place = "in the jungle", Setting = Setting.Forest, Goal = "find the way home" },
        new("Kofi and his grandfather sail across the ocean in a tiny boat", "Adventure")
            { Name = "Kofi", Pronoun = "he", Other = "grandfather", Setting = Setting.Sea },
        new("climb the highest mountain in the world", "Adventure")
            { Hero = None, Goal = "climb the highest mountain in the world" },
        new("a treasure hunt under the sea", "Adventure") { Hero = None, Place = "under the sea", Setting = Setting.Underwater },
        new("Leo rides a camel across the desert to find a lost city", "Adventure")
        {
            Name = "Leo", Pronoun = "he", Setting = Setting.Desert, Goal = "find a lost city",
            Event = "ride a camel across the desert",
        },
        new("an explorer", "Adventure") { PlaceElement = "on Mars", Characters = ["Captain Ada Reyes, a pilot"],
            Name = "Captain Ada Reyes", Hero = "pilot", Place = "on Mars", Setting = Setting.Planet },

        // Fairy tale
        new("Pip the hedgehog wants to fly", "Fairy tale")
            { Name = "Pip", Hero = "hedgehog", ShortName = "Pip", Goal = "fly", Event = None, Place = None },
        new("Once upon a time there was a princess who lived in the old library", "Fairy tale")
            { Hero = "princess", Pronoun = "she", Place = "in the old library", Setting = Setting.Library },
        new("a poor tailor outwits a giant", "Fairy tale") { Hero = "poor tailor", Other = "giant", Event = "outwit a giant" },
        new("a little girl in a red hood visits her grandmother in the woods", "Fairy tale")
        {
            Hero = "little girl", Pronoun = "she", Other = "grandmother", Place = "in the woods", Setting = Setting.Forest,
            Event = "visit her grandmother in the woods",
        },
        new("three little pigs build houses", "Fairy tale") { Hero = "little pig", Event = "build houses" },
        new("a kind queen and a jealous king", "Fairy tale") { Hero = "kind queen", Pronoun = "she", Other = "jealous king" },
        new("a shoemaker who gets help from tiny elves at night", "Fairy tale") { Hero = "shoemaker" },
        new("once upon a time, in a faraway kingdom, there lived a clever miller's daughter who could spin straw into gold", "Fairy tale")
            { Hero = "clever miller's daughter", Pronoun = "she", Place = "in a faraway kingdom", Setting = Setting.Castle },

        // Ghost story
        new("a ghost who haunts an old hotel wants to make friends", "Ghost story") { Hero = "ghost", Goal = "make friends" },
        new("a haunted house", "Ghost story") { Hero = None, Place = "in a haunted house", Setting = Setting.House },
        new("a girl hears singing from the empty attic every night", "Ghost story")
        {
            Hero = "girl", Pronoun = "she", Place = "in the empty attic", Setting = Setting.House,
            Goal = "find out where the singing comes from", Object = None,
        },
        new("a boy who can see ghosts", "Ghost story") { Hero = "boy", Pronoun = "he" },
        new("The ghost of a sailor knocks on the lighthouse door", "Ghost story")
            { Hero = "ghost", Event = "knock on the lighthouse door" },
        new("spooky", "Ghost story") { Hero = None, Place = None, Object = None, Goal = None, Event = None },

        // Comedy
        new("a cat who thinks she is a dog", "Comedy") { Hero = "cat", Pronoun = "she" },
        new("I want a story where a grumpy troll and her grandmother find a magic key.", "Comedy")
        {
            Hero = "grumpy troll", ShortName = "the troll", Pronoun = "she", Other = "grandmother", Object = "magic key",
            Goal = "find the lock the key opens", Event = "find a magic key",
        },
        new("a penguin opens an ice cream shop in the desert", "Comedy")
            { Hero = "penguin", Place = "in the desert", Setting = Setting.Desert, Event = "open an ice cream shop in the desert" },
        new("my dog eats my homework", "Comedy") { Hero = "dog" },
        new("a grandma who becomes a superhero", "Comedy") { Hero = "grandma", Pronoun = "she" },
        new("A STORY ABOUT A BRAVE MOUSE", "Comedy") { Hero = "brave mouse", ShortName = "the mouse" },

        // Myth and legend
        new("a young hero must steal fire from the gods", "Myth and legend")
            { Hero = "young hero", Goal = "steal fire from the gods" },
        new("Thor loses his hammer", "Myth and legend")
            { Name = "Thor", Pronoun = "he", Object = "hammer", Goal = "find his hammer", Event = "lose his hammer" },
        new("a sea serpent guards the gate to the underworld", "Myth and legend")
            { Hero = "sea serpent", Setting = Setting.Underground, Event = "guard the gate to the underworld" },
        new("a girl who can talk to the wind", "Myth and legend") { Hero = "girl", Pronoun = "she" },
        new("the legend of the golden apple", "Myth and legend") { Hero = None, Object = "golden apple" },
        new("a fisherman catches a talking fish that grants wishes", "Myth and legend")
            { Hero = "fisherman", Pronoun = "he", Other = "talking fish", Event = "catch a talking fish" },
        new("Anansi the spider tricks the sky god", "Myth and legend")
            { Name = "Anansi", Hero = "spider", Other = "sky god", Event = "trick the sky god" },

        // Noisy input
        new("i want a story where a lonely whale sings to the stars!!!", "Fantasy")
            { Hero = "lonely whale", Event = "sing to the stars" },
        new("a prinsess and a dargon become frends", "Fairy tale") { Hero = "princess", Pronoun = "she", Other = "dragon" },
        new("a lighthouse keepers dauhgter finds a mesage in a botle 🌊🌊", "Adventure")
        {
            Hero = "lighthouse keeper's daughter", Pronoun = "she", Place = "at the lighthouse", Setting = Setting.Coast,
            Object = "message in a bottle", Goal = "find out who sent the message",
        },
        new("asdfgh", "Mystery") { Hero = None, Place = None, Object = None, Goal = None, Event = None },
        new("😀🐉", "Fantasy") { Hero = None, Place = None, Object = None, Goal = None, Event = None },
        new("The sun disappears. A girl must bring it back.", "Myth and legend")
            { Hero = "girl", Pronoun = "she", Goal = "bring it back" },
        new("Sir Cedric is a knight who is scared of horses. He lives in a castle on a hill. One day a dragon arrives and he must ride to the mountains to stop it.", "Adventure")
            { Name = "Sir Cedric", ShortName = "Cedric", Hero = "knight", Pronoun = "he", Setting = Setting.Castle },
        new("a tierd enginer on a space station", "Science fiction")
            { Hero = "tired engineer", Place = "aboard a space station", Setting = Setting.Spaceship },
        new("a kid on a skateboard", "Comedy") { Hero = "kid" },

        // Read blind first (written after the reader, before looking at its answers), then kept as labelled
        new("She is a thief. She steals a crown from the queen.", "Fairy tale")
            { Hero = "thief", Pronoun = "she", Other = "queen", Object = "crown", Event = "steal a crown from the queen" },
        new("the moon is stolen and a little owl has to find it", "Myth and legend") { Hero = "little owl" },
        new("a clock that runs backwards", "Science fiction") { Hero = None, Object = "clock", Detail = "runs backwards" },
        new("a pirate captain searches for the treasure of the Black Pearl", "Adventure")
            { Hero = "pirate captain", Goal = "find the treasure of the Black Pearl", Event = "search for the treasure of the Black Pearl" },
        new("A detective investigates a murder on a train", "Mystery") { Hero = "detective", Place = "aboard a train" },
        new("two sisters find a door in the back of their wardrobe", "Fantasy")
            { Hero = "sister", Pronoun = "she", Object = "door", Goal = "find out where the door leads" },
        new("a boy and his dog get lost in a snowy forest", "Adventure")
            { Hero = "boy", Other = "dog", Place = "in a snowy forest", Setting = Setting.Forest, Goal = "find the way home" },
        new("Zara, a young inventor, builds a rocket out of junk", "Science fiction")
            { Name = "Zara", Hero = "young inventor", Pronoun = "she", Event = "build a rocket out of junk" },
        new("a shy octopus wants to join the school band", "Comedy") { Hero = "shy octopus", Object = None, Goal = "join the school band" },
        new("an old sailor finds a glass eye in his soup", "Ghost story") { Hero = "old sailor", Pronoun = "he", Object = "glass eye" },
        new("a robot gardener on a dying planet plants the last seed", "Science fiction")
            { Hero = "robot gardener", Pronoun = "it", Setting = Setting.Planet, Object = "last seed" },
        new("Ruby the rabbit is afraid of the big bad wolf", "Fairy tale")
            { Name = "Ruby", Hero = "rabbit", Pronoun = "she", Goal = "face the big bad wolf" },
        new("in an underwater city, a young mermaid finds a human phone", "Fantasy")
            { Hero = "young mermaid", Setting = Setting.Underwater, Object = "human phone" },
        new("a cursed mirror in a castle", "Ghost story") { Hero = None, Setting = Setting.Castle, Object = "cursed mirror", Goal = None },
        new("an astronaut loses her cat on the space station", "Science fiction")
            { Hero = "astronaut", Pronoun = "she", Setting = Setting.Spaceship, Goal = "find her cat" },
        new("Professor Plum wants to build a time machine", "Comedy") { Object = "time machine", Goal = "build a time machine" },
        new("a grumpy old man finds a puppy in the snow", "Comedy") { Hero = "grumpy old man", Pronoun = "he", Setting = Setting.Snow },
        new("kids discover a secret tunnel under their school", "Mystery")
            { Hero = "kid", Setting = Setting.School, Goal = "find out where the tunnel leads" },
        new("the queen of the fairies has lost her wings", "Fairy tale") { Hero = "queen", Pronoun = "she", Goal = "find her wings" },
        new("I am a knight and I want to slay a dragon", "Myth and legend") { Hero = "knight", Other = "dragon", Goal = "slay a dragon" },
        new("a haunted lighthouse where a lonely ghost keeps the lamp burning", "Ghost story")
            { Hero = "lonely ghost", Place = "at a haunted lighthouse", Setting = Setting.Coast, Event = "keep the lamp burning" },
        new("ninjas vs pirates", "Comedy") { Hero = "ninja", Other = "pirate" },
        new("a snowman comes to life and wants to see summer", "Fairy tale")
            { Hero = "snowman", Goal = "see summer", Event = "come to life" },
        new("A girl named Lily who can turn invisible must stop a bank robbery in the city", "Adventure")
            { Name = "Lily", Hero = "girl", Pronoun = "she", Goal = "stop a bank robbery in the city", Setting = Setting.City },
        // A title's full stop does not end the sentence, and a surname keeps its honorific.
        new("Mr. Finch hears his dead wife singing in the garden", "Ghost story")
            { Name = "Mr Finch", ShortName = "Mr Finch", Pronoun = "he", Place = "in the garden" },
        new("Inspector Bell and the vanishing violin", "Mystery") { Name = "Inspector Bell", ShortName = "Bell", Object = "vanishing violin" },
        new("strange footprints in the snow behind the school", "Mystery") { Place = "at the school", Setting = Setting.School },
        new("the ghost ship returns to the harbour every hundred years", "Ghost story")
            { Hero = "ghost ship", ShortName = "the ship", Setting = Setting.Coast },
        new("the ghost ship returns to the harbour every hundred years", "Ghost story")
            { Characters = ["an old fisherman"], Hero = "old fisherman", Object = "ghost ship" },
        new("a wedding where everything goes wrong", "Comedy") { Object = "wedding" },
        new("why the moon has spots", "Myth and legend") { Name = None, Object = "moon" },
        new("the mystery of the missing socks", "Mystery") { Object = "missing socks" },
        new("a girl who plays the piano in a haunted hall", "Ghost story") { Hero = "girl", Object = "piano" },
    ];
}

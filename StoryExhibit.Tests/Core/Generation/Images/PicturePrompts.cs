namespace StoryExhibit.Tests.Core.Generation.Images;

/// <summary>
/// A prompt with what a reader should find in it: the setting and the kinds of subject to draw (names of the offline
/// illustrator's settings and figure kinds). Story scenes come with the story's cast and genre, as the illustration
/// worker sends them; canvas prompts come bare, as staff type them.
/// </summary>
internal sealed record PicturePrompt(string Prompt, string Setting, string[] Subjects, string[]? Characters = null, string? Genre = null, string[]? Features = null);

/// <summary>The labelled prompts the picture reader is measured on (tests and the "pictures" benchmark).</summary>
internal static class PicturePrompts
{
    public static readonly PicturePrompt[] All =
    [
        // ---- live canvas prompts, as staff type them ----
        new("lake below snowy mountains, wooden boat, fireflies", "Lake", ["Boat"], Features: ["Mountains", "Fireflies"]),
        new("a lighthouse on a rocky coast at sunset, seagulls", "Sea", [], Features: ["Birds"]),
        new("a red fox in a snowy pine forest at dawn", "Forest", ["Fox"]),
        new("neon city street at night in the rain, a taxi and a woman with an umbrella", "City", ["Car", "Person"]),
        new("a camel caravan crossing golden dunes under a huge moon", "Desert", ["Horse"]),
        new("an astronaut standing next to a rocket on a cratered moon, earth in the sky", "Space", ["Person", "Rocket"]),
        new("coral reef with a sea turtle and clownfish, sunbeams through the water", "Underwater", ["Turtle", "Fish"]),
        new("medieval castle on a hill with a dragon circling the towers", "Castle", ["Dragon"]),
        new("cozy library with tall bookshelves, a cat asleep in an armchair, rain on the window", "Room", ["Cat"]),
        new("the bridge of a starship, a robot at the console, stars streaking past the viewport", "Starship", ["Robot"]),
        new("steam train crossing a viaduct through the mountains in autumn", "Mountains", ["Train"]),
        new("hot air balloons drifting above the clouds at sunrise", "Sky", []),
        new("a small wooden rowing boat on a quiet lake at dawn, mist on the water", "Lake", ["Boat"]),
        new("a pirate ship sailing the open sea in a storm", "Sea", ["Boat"]),
        new("a delivery drone flying over rooftops of a busy city", "City", ["Drone"]),
        new("children flying kites in a green meadow full of wildflowers, a rainbow", "Meadow", ["Person"], Features: ["Rainbow"]),
        new("a crystal cave glowing blue with a lantern on the ground", "Cave", []),
        new("thatched cottages in a village at Christmas, snow falling, lit windows", "Village", []),
        new("a polar bear on an iceberg under the northern lights", "Sea", ["Bear"]),
        new("a rabbit and a fox in a woodland clearing at night with fireflies", "Forest", ["Rabbit", "Fox"], Features: ["Fireflies"]),
        new("a vintage red car parked on a desert road by a cactus", "Desert", ["Car"]),
        new("a family having a picnic by the river under willow trees", "Lake", ["Person"]),
        new("a whale breaching beside a sailing boat far out at sea", "Sea", ["Fish", "Boat"]),
        new("a knight on horseback riding toward a palace at dusk", "Castle", ["Person", "Horse"]),
        new("a girl reading a book by the fireplace in her bedroom", "Room", ["Person"]),
        new("a space station orbiting a ringed planet", "Starship", []),
        new("a swan gliding across a pond in the park at golden hour", "Lake", ["Bird"]),
        new("wolves howling on a mountain ridge under a full moon", "Mountains", ["Wolf"]),
        new("a submarine exploring a sunken shipwreck with an octopus", "Underwater", ["Fish"]),
        new("a flock of birds over a wheat field at sunset, a tractor", "Meadow", ["Car"], Features: ["Birds"]),
        new("a canoe on a misty river at the edge of a dark forest", "Lake", ["Boat"], Features: ["Trees"]),
        new("a robot dog and a boy playing in a city park", "City", ["Robot", "Person"]),

        // ---- story scenes, as the storyteller writes them, with the story's cast ----
        new("On the generation ship Wayfarer, Captain Ilse walked the long corridor while the little drone hummed at her shoulder. Stars wheeled past a viewport, and somewhere deep in the hull the engines kept up their low hum.",
            "Starship", ["Person", "Drone"], ["Captain Ilse", "the drone Pip"], "Science fiction"),
        new("A tired engineer on a generation ship heard knocking from the hull. Screens blinked in patient patterns, and air hissed through the vents.",
            "Starship", ["Person"], ["Oren the engineer"], "Science fiction"),
        new("Mira stepped into the misty forest at dawn, her grandmother's compass in her hand. Ferns uncurled beside the path and a deer watched from the trees.",
            "Forest", ["Person", "Horse"], ["Mira"], "Fairy tale"),
        new("Evening settled over the harbour, and with it came the hush and drag of the waves. Tom and his dog Biscuit watched the boats rocking at their moorings.",
            "Sea", ["Person", "Dog", "Boat"], ["Tom", "Biscuit the dog"], "Adventure"),
        new("This story begins in the village of Little Hollow, where lamplight spilled across the cobbles. Nell and her cat Whiskers hurried past the bakery.",
            "Village", ["Person", "Cat"], ["Nell", "Whiskers the cat"], "Mystery"),
        new("Far from here lies the kingdom of Eldoria, famous for its white towers. Princess Ada climbed to the battlements, where a dragon slept in the sun.",
            "Castle", ["Person", "Dragon"], ["Princess Ada"], "Fantasy"),
        new("Rain fell on the city streets at midnight. Detective Hale turned up his collar and waited under the lamppost for the stranger.",
            "City", ["Person"], ["Detective Hale"], "Mystery"),
        new("Bubbles rose towards the light as Marina swam over the coral reef. Fish flickered in silver shoals, and kelp swayed in slow green forests.",
            "Underwater", ["Person", "Fish"], ["Marina the mermaid"], "Fairy tale"),
        new("Dunes rippled to the horizon. Zara led her camel toward the oasis, the sand hissing under the wind.",
            "Desert", ["Person", "Horse"], ["Zara"], "Adventure"),
        new("The rowing boat slid out onto the lake. Ben pulled on the oars while Granny Rose pointed at the snowy mountains mirrored in the still water.",
            "Lake", ["Person", "Boat"], ["Ben", "Granny Rose"], "Adventure", ["Mountains"]),
        new("Deep in the cave, crystals glinted in the lamplight. Finn held his breath as water dripped somewhere in the dark.",
            "Cave", ["Person"], ["Finn"], "Adventure"),
        new("The rocket shuddered and lifted off the red plains of Mars. Commander Vega gripped the controls as the planet fell away below.",
            "Space", ["Person", "Rocket"], ["Commander Vega"], "Science fiction"),
        new("In the old library, dust danced in a beam of light. Professor Quill pulled a heavy book from the shelves, and the owl on the lamp blinked.",
            "Room", ["Person", "Bird"], ["Professor Quill"], "Mystery"),
        new("The wind roared past as the airship climbed above the clouds. Captain Flint and the robot Bolt leaned over the rail.",
            "Sky", ["Person", "Robot"], ["Captain Flint", "Bolt the robot"], "Adventure"),
        new("A ghost drifted through the graveyard beside the village church. Sam and Lily clutched their lantern and did not breathe.",
            "Village", ["Person", "Ghost"], ["Sam", "Lily"], "Ghost story"),
        new("Snow creaked underfoot as Arlo climbed toward the summit. Far below, the valley lay white and silent, and an eagle circled the peaks.",
            "Mountains", ["Person", "Bird"], ["Arlo"], "Adventure"),
        new("The steam train puffed out of the station and into the countryside. Ruby pressed her face to the window as fields and hills rolled by.",
            "Meadow", ["Person", "Train"], ["Ruby"], "Adventure"),
        new("Sunlight fell through the leaves of the jungle. Kofi followed the parrot deeper in, past vines as thick as ropes.",
            "Forest", ["Person", "Bird"], ["Kofi"], "Adventure"),
        new("Aboard the starship Meridian, the crew gathered at the viewport. The android Seven said nothing as the blue planet turned slowly below.",
            "Starship", ["Person", "Robot"], ["Lieutenant Osei", "Seven the android"], "Science fiction"),
        new("The little drone buzzed over the meadow, scattering the bees. Juniper laughed and ran after it through the long grass.",
            "Meadow", ["Person", "Drone"], ["Juniper", "a little drone"], "Comedy"),
    ];
}

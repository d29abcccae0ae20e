namespace StoryExhibit.Core.Generation.Images.Offline;

/// <summary>
/// The words the offline illustrator recognises. Phrases are matched longest first and each match uses up its words, so
/// "generation ship" is a starship and never also a ship at sea, and "snowy mountains" are snow-capped, not a blizzard.
/// Where two settings score alike, the one listed first wins: the specific place before the backdrop around it.
/// </summary>
internal static class SceneVocabulary
{
    public static readonly (Setting Setting, string[] Words)[] Settings =
    [
        (Setting.Starship, ["generation ship", "spaceship", "space ship", "starship", "star ship", "spacecraft", "space station", "colony ship", "mothership",
            "mother ship", "ark ship", "airlock", "viewport", "cockpit", "bridge of the ship", "cryo", "cryopod", "cryo pod", "hull", "engine room", "hangar",
            "control room", "space shuttle", "bulkhead", "console", "consoles"]),
        (Setting.Underwater, ["underwater", "under the sea", "under the ocean", "beneath the waves", "seabed", "sea floor", "ocean floor", "coral", "coral reef",
            "reef", "school of fish", "shoal of fish", "mermaid", "submarine", "kelp", "deep sea", "shipwreck", "sunken"]),
        (Setting.Space, ["outer space", "space", "rocket", "planet", "planets", "galaxy", "orbit", "asteroid", "asteroids", "nebula", "astronaut", "moon base",
            "mars", "cosmos", "alien", "aliens", "crater", "craters", "moon surface", "surface of the moon", "lunar"]),
        (Setting.Cave, ["cave", "caves", "cavern", "grotto", "underground", "tunnel", "tunnels", "crystal cave", "stalactite", "stalactites", "burrow",
            "dungeon", "catacomb", "catacombs", "crypt", "cellar", "sewer", "sewers"]),
        (Setting.Room, ["room", "bedroom", "kitchen", "living room", "library", "classroom", "attic", "parlour", "parlor", "workshop",
            "bookshop", "bookstore", "museum", "gallery", "shop", "indoors", "inside the house", "fireplace", "hearth", "armchair", "bookshelf", "bookshelves",
            "shelves", "desk", "window seat", "school", "laboratory", "lab"]),
        (Setting.Castle, ["castle", "palace", "tower", "fortress", "throne", "throne room", "kingdom", "citadel", "battlements", "drawbridge", "ramparts"]),
        (Setting.Lake, ["lake", "lakes", "lakeside", "lake shore", "pond", "loch", "tarn", "mere", "river", "riverbank", "river bank", "stream", "reservoir",
            "mill pond", "waterlilies", "water lilies", "lily pads", "jetty"]),
        (Setting.Sea, ["sea", "ocean", "seaside", "harbour", "harbor", "beach", "shore", "seashore", "island", "waves", "pirate", "pirates", "lighthouse",
            "coast", "bay", "cove", "voyage", "sailing", "high seas", "open sea", "seagulls", "gulls", "pier", "tide", "surf", "sand castle", "sandcastle", "iceberg", "ice floe", "arctic"]),
        (Setting.Desert, ["desert", "dune", "dunes", "sand", "sands", "oasis", "pyramid", "pyramids", "cactus", "cacti", "camel", "camels", "canyon", "sahara",
            "caravan", "mesa"]),
        (Setting.City, ["city", "street", "streets", "town square", "skyscraper", "skyscrapers", "alley", "alleyway", "metropolis", "rooftop", "rooftops",
            "train station", "neon", "downtown", "avenue", "office", "cafe", "traffic", "skyline", "subway", "pavement", "sidewalk", "crossroads", "road",
            "highway", "car park", "bus stop", "lamppost", "city lights"]),
        (Setting.Village, ["village", "cottage", "cottages", "hamlet", "farm", "farmyard", "barn", "inn", "tavern", "mill", "windmill", "bakery", "house",
            "houses", "garden", "cabin", "market", "market square", "chimney", "chimneys", "thatched", "town", "graveyard", "church"]),
        (Setting.Sky, ["sky", "clouds", "cloud", "flying", "flight", "balloon", "hot air balloon", "airship", "soaring", "floating island", "heavens",
            "above the clouds"]),
        (Setting.Mountains, ["mountain", "mountains", "peak", "peaks", "summit", "cliff", "cliffs", "glacier", "ridge", "alps", "snowy mountains",
            "snow capped mountains", "snowcapped mountains", "snowy peaks", "slopes", "volcano", "hilltop", "crag"]),
        (Setting.Forest, ["forest", "forests", "wood", "woods", "woodland", "jungle", "grove", "trees", "tree", "pines", "pine trees", "oak", "oaks", "thicket",
            "glade", "clearing", "enchanted forest", "wildwood", "rainforest", "undergrowth", "ferns", "birch"]),
        (Setting.Meadow, ["meadow", "meadows", "field", "fields", "hill", "hills", "prairie", "park", "picnic", "orchard", "grass", "grassland", "countryside",
            "valley", "wildflowers", "pasture"]),
    ];

    /// <summary>Settings that also stand behind another one: a lake below mountains, a cottage at the edge of a forest.</summary>
    public static readonly Dictionary<Setting, Feature> Backdrops = new()
    {
        [Setting.Mountains] = Feature.Mountains,
        [Setting.Forest] = Feature.Trees,
    };

    public static readonly (Feature Feature, string[] Words)[] Features =
    [
        (Feature.Fireflies, ["firefly", "fireflies", "glow worms", "glowworms", "glow worm", "glowing insects"]),
        (Feature.Birds, ["birds", "flock", "gulls", "seagulls", "geese", "swallows", "crows", "starlings"]),
        (Feature.Rainbow, ["rainbow", "rainbows"]),
    ];

    public static readonly (TimeOfDay Time, string[] Words)[] Times =
    [
        (TimeOfDay.Night, ["night", "midnight", "moon", "moonlight", "moonlit", "stars", "starlight", "starry", "starlit", "dark", "darkness", "nocturnal",
            "candlelight", "night sky", "milky way", "aurora", "northern lights"]),
        (TimeOfDay.Dawn, ["dawn", "sunrise", "daybreak", "morning", "first light", "early morning"]),
        (TimeOfDay.Golden, ["sunset", "dusk", "evening", "twilight", "golden hour", "sundown", "afternoon", "setting sun"]),
        (TimeOfDay.Day, ["noon", "midday", "sunny", "sunshine", "daylight", "bright", "day", "summer day"]),
    ];

    public static readonly (Weather Weather, string[] Words)[] Weathers =
    [
        (Weather.Storm, ["storm", "stormy", "thunder", "thunderstorm", "lightning", "tempest", "gale", "hurricane"]),
        (Weather.Rain, ["rain", "rainy", "raining", "drizzle", "downpour", "wet", "puddle", "puddles", "rainfall"]),
        (Weather.Snow, ["snow", "snowy", "snowing", "snowfall", "snowflakes", "winter", "frost", "frosty", "frozen", "ice", "icy", "blizzard"]),
        (Weather.Mist, ["mist", "misty", "fog", "foggy", "haze", "hazy", "smoke", "ghost", "ghostly", "veil"]),
    ];

    /// <summary>Snow that lies on the peaks is not snow falling: these phrases are used up before the weather is read.</summary>
    public static readonly string[] NotWeather =
        ["snowy mountains", "snowy mountain", "snowy peaks", "snow capped", "snowcapped", "snow topped", "snowy summit", "snowy summits", "ice cream", "frozen yogurt"];

    public static readonly (Mood Mood, string[] Words)[] Moods =
    [
        (Mood.Tense, ["danger", "chase", "fear", "afraid", "tense", "threat", "escape", "battle", "fight", "monster", "scream", "trap", "dark", "villain", "storm"]),
        (Mood.Mysterious, ["mystery", "mysterious", "secret", "strange", "whisper", "hidden", "riddle", "clue", "shadow", "shadows", "magic", "eerie", "ghost", "curious"]),
        (Mood.Sad, ["sad", "lonely", "alone", "lost", "tears", "grief", "farewell", "goodbye", "melancholy", "rain"]),
        (Mood.Cheerful, ["happy", "cheerful", "joy", "laugh", "laughing", "party", "festival", "celebrate", "celebration", "friends", "fun", "bright", "sunny",
            "dance", "giggle"]),
        (Mood.Calm, ["calm", "quiet", "peaceful", "gentle", "still", "rest", "sleep", "serene", "soft"]),
    ];

    /// <summary>Words naming a vessel that is a setting, not a subject: they are used up before subjects are looked for.</summary>
    public static readonly string[] NotSubjects =
        ["generation ship", "spaceship", "space ship", "starship", "star ship", "spacecraft", "space station", "colony ship", "mothership", "mother ship",
         "ark ship", "train station", "birds", "flock of birds", "seagulls", "gulls", "car park", "fireflies", "firefly", "dragonfly", "dragonflies", "bus stop", "horse shoe", "horseshoe"];

    /// <summary>Who or what a name or phrase is. People come last: "robot detective" is a robot, "fox king" a fox.</summary>
    public static readonly (FigureKind Kind, string[] Words)[] Kinds =
    [
        (FigureKind.Drone, ["drone", "drones", "quadcopter", "probe", "hover bot", "hoverbot"]),
        (FigureKind.Robot, ["robot dog", "robot cat", "robot", "robots", "android", "androids", "droid", "droids", "automaton", "cyborg", "mech"]),
        (FigureKind.Rocket, ["rocket", "rockets", "shuttle", "lander", "spaceplane", "flying saucer", "ufo"]),
        (FigureKind.Train, ["train", "trains", "locomotive", "steam engine", "tram", "railway carriage"]),
        (FigureKind.Car, ["car", "cars", "taxi", "truck", "van", "bus", "jeep", "automobile", "lorry", "tractor", "police car", "racing car"]),
        (FigureKind.Boat, ["boat", "boats", "rowboat", "rowing boat", "canoe", "kayak", "raft", "sailboat", "sailing boat", "yacht", "ship", "ships", "galleon",
            "schooner", "ferry", "fishing boat", "gondola", "dinghy", "pirate ship", "sailing ship", "tugboat", "steamer", "barge"]),
        (FigureKind.Dragon, ["dragon", "dragons", "wyvern", "serpent", "sea serpent"]),
        (FigureKind.Ghost, ["ghost", "ghosts", "spirit", "phantom", "spectre", "specter", "wraith"]),
        (FigureKind.Rabbit, ["rabbit", "rabbits", "bunny", "hare", "hares"]),
        (FigureKind.Bear, ["bear", "bears", "polar bear", "panda", "teddy bear", "teddy"]),
        (FigureKind.Cat, ["cat", "cats", "kitten", "kittens", "tiger", "lion", "lynx", "panther", "leopard"]),
        (FigureKind.Fox, ["fox", "foxes", "vixen"]),
        (FigureKind.Wolf, ["wolf", "wolves"]),
        (FigureKind.Dog, ["dog", "dogs", "puppy", "puppies", "hound", "pup"]),
        (FigureKind.Bird, ["bird", "owl", "raven", "crow", "eagle", "parrot", "sparrow", "robin", "hawk", "phoenix", "gull", "duck", "ducks", "swan", "swans",
            "penguin", "penguins", "heron", "owls"]),
        (FigureKind.Horse, ["horse", "horses", "pony", "unicorn", "stallion", "mare", "deer", "stag", "reindeer", "elk", "moose", "camel", "camels", "donkey", "horseback"]),
        (FigureKind.Turtle, ["turtle", "turtles", "tortoise", "sea turtle", "terrapin"]),
        (FigureKind.Fish, ["fish", "whale", "whales", "dolphin", "dolphins", "shark", "sharks", "octopus", "jellyfish", "goldfish", "koi", "clownfish"]),
        (FigureKind.Person, ["man", "men", "woman", "women", "girl", "girls", "boy", "boys", "child", "children", "kid", "kids", "people", "person", "knight",
            "wizard", "witch", "king", "queen", "prince", "princess", "pirate", "pirates", "captain", "sailor", "sailors", "fisherman", "fishermen", "astronaut",
            "astronauts", "explorer", "detective", "engineer", "scientist", "doctor", "farmer", "hunter", "soldier", "traveller", "traveler", "stranger",
            "grandmother", "grandfather", "grandma", "grandpa", "mother", "father", "hero", "heroine", "thief", "monk", "musician", "dancer", "baker",
            "teacher", "student", "family", "couple", "mermaid", "fairy", "elf", "dwarf", "crew", "pilot", "keeper", "lighthouse keeper",
            "shepherd", "villagers", "merchant", "guards", "inventor", "librarian", "sorcerer", "sorceress", "mage", "nun", "priest", "lady",
            "gentleman", "old man", "old woman", "hiker", "hikers", "climber", "skier", "skater", "fisher", "painter", "poet", "gardener", "chef"]),
    ];
}

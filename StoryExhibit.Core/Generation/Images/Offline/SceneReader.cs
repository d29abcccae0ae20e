using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Generation.Images.Offline;

internal enum Setting { Meadow, Forest, Sea, City, Space, Castle, Desert, Mountains, Village, Cave, Sky, Underwater }
internal enum TimeOfDay { Day, Dawn, Golden, Night }
internal enum Weather { Clear, Mist, Rain, Storm, Snow }
internal enum Mood { Calm, Cheerful, Mysterious, Tense, Sad }

internal enum FigureKind { Person, Cat, Dog, Fox, Wolf, Bird, Dragon, Robot, Ghost, Horse, Fish }
internal enum Headwear { None, Pointed, Crown, Helmet, Hood, Tricorn, Fedora }
internal enum ObjectKind { Orb, Compass, Key, Lantern, Sword, Book, Map, Crown, Gem, Boat, Flower, Star, Feather, Clock, Shell, Potion, Mirror, Ring, Letter, Umbrella, Telescope, Apple, Egg, Shield, Harp }

internal sealed record Figure(string Name, FigureKind Kind, Headwear Hat, Rgb Colour);
internal sealed record Thing(string Name, ObjectKind Kind, Rgb Colour);

/// <summary>What the offline illustrator understood of a request: where, when, what weather and mood, who and what.</summary>
internal sealed record SceneReading(Setting Setting, TimeOfDay Time, Weather Weather, Mood Mood, IReadOnlyList<Figure> Figures, IReadOnlyList<Thing> Things);

/// <summary>Reads a scene's text with keyword lists: no model, deterministic, cheap.</summary>
internal static partial class SceneReader
{
    private static readonly (Setting Setting, string[] Words)[] SettingWords =
    [
        (Setting.Underwater, ["underwater", "under the sea", "seabed", "sea floor", "ocean floor", "coral", "reef", "mermaid", "submarine", "kelp"]),
        (Setting.Space, ["space", "spaceship", "starship", "rocket", "planet", "galaxy", "orbit", "asteroid", "nebula", "astronaut", "moon base", "mars", "cosmos", "alien"]),
        (Setting.Cave, ["cave", "cavern", "grotto", "underground", "tunnel", "mine", "crystal cave", "stalactite", "burrow", "dungeon", "catacomb"]),
        (Setting.Castle, ["castle", "palace", "tower", "fortress", "keep", "throne", "kingdom", "citadel", "battlements", "drawbridge"]),
        (Setting.City, ["city", "street", "streets", "town square", "skyscraper", "alley", "metropolis", "rooftop", "rooftops", "station", "neon", "downtown", "avenue", "office", "detective", "cafe", "market"]),
        (Setting.Sea, ["sea", "ocean", "ship", "boat", "harbour", "harbor", "beach", "shore", "island", "waves", "sail", "sailing", "pirate", "lighthouse", "coast", "bay", "voyage"]),
        (Setting.Desert, ["desert", "dune", "dunes", "sand", "oasis", "pyramid", "pyramids", "cactus", "camel", "canyon", "sahara"]),
        (Setting.Mountains, ["mountain", "mountains", "peak", "peaks", "summit", "cliff", "cliffs", "glacier", "ridge", "alps", "valley", "pass"]),
        (Setting.Village, ["village", "cottage", "hamlet", "farm", "barn", "inn", "mill", "bakery", "house", "home", "garden", "cabin"]),
        (Setting.Forest, ["forest", "wood", "woods", "woodland", "jungle", "grove", "trees", "tree", "pines", "oak", "thicket", "glade", "enchanted forest", "wildwood"]),
        (Setting.Sky, ["sky", "clouds", "cloud", "flying", "flight", "balloon", "airship", "soaring", "floating island", "heavens", "wings"]),
        (Setting.Meadow, ["meadow", "field", "fields", "hill", "hills", "prairie", "park", "picnic", "orchard"]),
    ];

    private static readonly (TimeOfDay Time, string[] Words)[] TimeWords =
    [
        (TimeOfDay.Night, ["night", "midnight", "moon", "moonlight", "moonlit", "stars", "starlight", "starry", "dark", "darkness", "nocturnal", "owl", "candlelight"]),
        (TimeOfDay.Dawn, ["dawn", "sunrise", "daybreak", "morning", "first light", "early"]),
        (TimeOfDay.Golden, ["sunset", "dusk", "evening", "twilight", "golden", "sundown", "afternoon"]),
        (TimeOfDay.Day, ["noon", "midday", "sunny", "sunshine", "daylight", "bright", "day"]),
    ];

    private static readonly (Weather Weather, string[] Words)[] WeatherWords =
    [
        (Weather.Storm, ["storm", "stormy", "thunder", "lightning", "tempest", "gale", "hurricane"]),
        (Weather.Rain, ["rain", "rainy", "raining", "drizzle", "downpour", "wet", "puddle"]),
        (Weather.Snow, ["snow", "snowy", "snowing", "winter", "frost", "frozen", "ice", "icy", "blizzard"]),
        (Weather.Mist, ["mist", "misty", "fog", "foggy", "haze", "hazy", "smoke", "ghost", "ghostly", "veil"]),
    ];

    private static readonly (Mood Mood, string[] Words)[] MoodWords =
    [
        (Mood.Tense, ["danger", "chase", "fear", "afraid", "tense", "threat", "escape", "battle", "fight", "monster", "scream", "trap", "dark", "villain", "storm"]),
        (Mood.Mysterious, ["mystery", "mysterious", "secret", "strange", "whisper", "hidden", "riddle", "clue", "shadow", "shadows", "magic", "eerie", "ghost", "curious"]),
        (Mood.Sad, ["sad", "lonely", "alone", "lost", "tears", "grief", "farewell", "goodbye", "melancholy", "rain"]),
        (Mood.Cheerful, ["happy", "cheerful", "joy", "laugh", "laughing", "party", "festival", "celebrate", "celebration", "friends", "fun", "bright", "sunny", "dance", "giggle"]),
        (Mood.Calm, ["calm", "quiet", "peaceful", "gentle", "still", "rest", "sleep", "serene", "soft"]),
    ];

    private static readonly (FigureKind Kind, string[] Words)[] KindWords =
    [
        (FigureKind.Dragon, ["dragon", "wyvern", "serpent"]),
        (FigureKind.Robot, ["robot", "android", "droid", "automaton", "machine", "cyborg"]),
        (FigureKind.Ghost, ["ghost", "spirit", "phantom", "spectre", "specter", "wraith"]),
        (FigureKind.Cat, ["cat", "kitten", "tiger", "lion", "lynx", "panther"]),
        (FigureKind.Fox, ["fox", "vixen"]),
        (FigureKind.Wolf, ["wolf", "wolves"]),
        (FigureKind.Dog, ["dog", "puppy", "hound", "pup"]),
        (FigureKind.Bird, ["bird", "owl", "raven", "crow", "eagle", "parrot", "sparrow", "robin", "hawk", "phoenix", "gull"]),
        (FigureKind.Horse, ["horse", "pony", "unicorn", "stallion", "mare", "deer", "stag"]),
        (FigureKind.Fish, ["fish", "whale", "dolphin", "shark", "octopus"]),
    ];

    private static readonly (Headwear Hat, string[] Words)[] HatWords =
    [
        (Headwear.Pointed, ["wizard", "witch", "sorcerer", "sorceress", "mage", "magician", "enchantress"]),
        (Headwear.Crown, ["king", "queen", "prince", "princess", "emperor", "empress", "royal", "monarch"]),
        (Headwear.Helmet, ["knight", "soldier", "guard", "warrior", "astronaut", "pilot"]),
        (Headwear.Tricorn, ["pirate", "captain", "admiral"]),
        (Headwear.Fedora, ["detective", "inspector", "spy", "gangster", "reporter", "explorer", "professor"]),
        (Headwear.Hood, ["thief", "ranger", "hunter", "monk", "hermit", "traveller", "traveler", "stranger", "cloaked"]),
    ];

    private static readonly (ObjectKind Kind, string[] Words)[] ObjectWords =
    [
        (ObjectKind.Compass, ["compass"]),
        (ObjectKind.Key, ["key", "keys"]),
        (ObjectKind.Lantern, ["lantern", "lamp", "torch", "candle", "light"]),
        (ObjectKind.Sword, ["sword", "blade", "dagger", "knife", "spear"]),
        (ObjectKind.Book, ["book", "diary", "journal", "spellbook", "tome", "notebook"]),
        (ObjectKind.Map, ["map", "chart", "scroll"]),
        (ObjectKind.Crown, ["crown", "tiara", "diadem"]),
        (ObjectKind.Gem, ["gem", "jewel", "crystal", "diamond", "ruby", "emerald", "sapphire", "stone", "pearl"]),
        (ObjectKind.Boat, ["boat", "ship", "canoe", "raft"]),
        (ObjectKind.Flower, ["flower", "rose", "lily", "tulip", "bloom", "blossom", "seed"]),
        (ObjectKind.Star, ["star", "starfall", "comet", "meteor"]),
        (ObjectKind.Feather, ["feather", "quill", "pen"]),
        (ObjectKind.Clock, ["clock", "watch", "pocket watch", "hourglass", "timepiece"]),
        (ObjectKind.Shell, ["shell", "seashell", "conch"]),
        (ObjectKind.Potion, ["potion", "bottle", "vial", "flask", "elixir"]),
        (ObjectKind.Mirror, ["mirror", "looking glass"]),
        (ObjectKind.Ring, ["ring", "amulet", "locket", "necklace", "pendant", "medallion"]),
        (ObjectKind.Letter, ["letter", "envelope", "message", "note", "postcard"]),
        (ObjectKind.Umbrella, ["umbrella", "parasol"]),
        (ObjectKind.Telescope, ["telescope", "spyglass"]),
        (ObjectKind.Apple, ["apple", "fruit", "pear"]),
        (ObjectKind.Egg, ["egg"]),
        (ObjectKind.Shield, ["shield"]),
        (ObjectKind.Harp, ["harp", "lute", "violin", "flute", "guitar", "music box"]),
    ];

    private static readonly (string Word, Rgb Colour)[] ColourWords =
    [
        ("silver", Rgb.Hex("c9d1d9")), ("golden", Rgb.Hex("e8b931")), ("gold", Rgb.Hex("e8b931")), ("brass", Rgb.Hex("c8a040")),
        ("bronze", Rgb.Hex("b0733a")), ("copper", Rgb.Hex("c0683a")), ("red", Rgb.Hex("d8403a")), ("crimson", Rgb.Hex("b8203a")),
        ("scarlet", Rgb.Hex("e0302a")), ("orange", Rgb.Hex("f08a2a")), ("yellow", Rgb.Hex("f4d03f")), ("green", Rgb.Hex("4caf50")),
        ("emerald", Rgb.Hex("2eaa6a")), ("blue", Rgb.Hex("3a7bd5")), ("sapphire", Rgb.Hex("2a5bd0")), ("azure", Rgb.Hex("4aa3df")),
        ("purple", Rgb.Hex("8e44ad")), ("violet", Rgb.Hex("9b59b6")), ("pink", Rgb.Hex("f28cb1")), ("white", Rgb.Hex("f4f4f0")),
        ("black", Rgb.Hex("2a2a2e")), ("grey", Rgb.Hex("8a8f98")), ("gray", Rgb.Hex("8a8f98")), ("brown", Rgb.Hex("8b5a2b")),
        ("ruby", Rgb.Hex("c0183c")), ("amber", Rgb.Hex("f0a030")), ("glass", Rgb.Hex("bfe6f2")), ("crystal", Rgb.Hex("bfe6f2")),
        ("wooden", Rgb.Hex("9a6a3a")), ("iron", Rgb.Hex("6a6e76")), ("rusty", Rgb.Hex("a0522d")), ("ivory", Rgb.Hex("f2ead8")),
    ];

    private static readonly Rgb[] CloakColours =
        new[] { "b84a3a", "3f6fb0", "4d8f5a", "8a5aa8", "d08a2a", "2f8f8f", "a8466e", "5a6ab8", "c9a23a", "6a8a3a" }.Select(Rgb.Hex).ToArray();

    private static readonly Dictionary<string, Setting> GenreSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Fantasy"] = Setting.Castle, ["Science fiction"] = Setting.Space, ["Mystery"] = Setting.City, ["Adventure"] = Setting.Mountains,
        ["Fairy tale"] = Setting.Forest, ["Ghost story"] = Setting.Village, ["Comedy"] = Setting.Meadow, ["Myth and legend"] = Setting.Sea,
    };

    public static SceneReading Read(ImageRequest request)
    {
        var text = Normalise($"{request.Prompt} {request.Mood} {string.Join(' ', request.Characters)} {string.Join(' ', request.Objects)}");
        var sceneText = Normalise(request.Prompt);

        var setting = Best(SettingWords, sceneText) ?? (request.Genre is { } g && GenreSettings.TryGetValue(g.Trim(), out var s) ? s : Setting.Meadow);
        var time = Best(TimeWords, text) ?? (request.Genre?.Trim().Equals("Ghost story", StringComparison.OrdinalIgnoreCase) == true ? TimeOfDay.Night
            : setting == Setting.Space ? TimeOfDay.Night : TimeOfDay.Day);
        if (setting is Setting.Space) time = TimeOfDay.Night;
        var weather = Best(WeatherWords, text) ?? Weather.Clear;
        if (setting is Setting.Space or Setting.Underwater or Setting.Cave) weather = weather == Weather.Mist ? Weather.Mist : Weather.Clear;
        var mood = request.Mood is { } m && Best(MoodWords, Normalise(m)) is { } explicitMood ? explicitMood
            : Best(MoodWords, text) ?? (weather == Weather.Storm ? Mood.Tense : time == TimeOfDay.Night ? Mood.Mysterious : Mood.Calm);

        var figures = request.Characters.Select((c, i) => ReadFigure(c.Trim(), i)).ToList();
        var things = request.Objects.Select(o => ReadThing(o.Trim())).ToList();
        if (things.Count == 0)
        {
            // Objects named in the scene itself, up to two, when none were given.
            foreach (var (kind, words) in ObjectWords)
            {
                var hit = words.FirstOrDefault(w => Contains(sceneText, w));
                if (hit is null || kind is ObjectKind.Boat && setting is Setting.Sea || kind is ObjectKind.Star or ObjectKind.Lantern && hit is "stars" or "light") continue;
                var phrase = PhraseAround(request.Prompt, hit);
                things.Add(ReadThing(phrase));
                if (things.Count == 2) break;
            }
        }
        return new SceneReading(setting, time, weather, mood, figures, things);
    }

    private static Figure ReadFigure(string name, int index)
    {
        var t = Normalise(name);
        var kind = Best(KindWords, t) ?? FigureKind.Person;
        var hat = kind == FigureKind.Person ? Best(HatWords, t) ?? Headwear.None : Headwear.None;
        var colour = ColourIn(t) ?? (kind switch
        {
            FigureKind.Fox => Rgb.Hex("d9702a"),
            FigureKind.Wolf => Rgb.Hex("7d8590"),
            FigureKind.Cat => Rgb.Hex("e0a050"),
            FigureKind.Dog => Rgb.Hex("a8743a"),
            FigureKind.Robot => Rgb.Hex("9fb4c8"),
            FigureKind.Ghost => Rgb.Hex("eef2ff"),
            FigureKind.Dragon => Rgb.Hex("3f9a5a"),
            FigureKind.Horse => Rgb.Hex("f2eee6"),
            FigureKind.Fish => Rgb.Hex("f08a2a"),
            FigureKind.Bird => Rgb.Hex("6a5a8a"),
            _ => CloakColours[(int)(Rng.Hash(name) % (ulong)CloakColours.Length + (ulong)index) % CloakColours.Length],
        });
        return new Figure(name, kind, hat, colour);
    }

    private static Thing ReadThing(string name)
    {
        var t = Normalise(name);
        var kind = Best(ObjectWords, t) ?? ObjectKind.Orb;
        var colour = ColourIn(t) ?? (kind switch
        {
            ObjectKind.Compass or ObjectKind.Key or ObjectKind.Crown or ObjectKind.Clock or ObjectKind.Ring or ObjectKind.Harp => Rgb.Hex("e0b040"),
            ObjectKind.Lantern or ObjectKind.Star => Rgb.Hex("ffd66b"),
            ObjectKind.Sword or ObjectKind.Mirror or ObjectKind.Telescope or ObjectKind.Shield => Rgb.Hex("c9d1d9"),
            ObjectKind.Book => Rgb.Hex("8a3a3a"),
            ObjectKind.Map or ObjectKind.Letter or ObjectKind.Egg => Rgb.Hex("efe2c0"),
            ObjectKind.Gem or ObjectKind.Potion => Rgb.Hex("5ad0c8"),
            ObjectKind.Flower or ObjectKind.Apple => Rgb.Hex("e0405a"),
            ObjectKind.Shell => Rgb.Hex("f2c0a8"),
            ObjectKind.Umbrella => Rgb.Hex("d04040"),
            ObjectKind.Boat => Rgb.Hex("9a6a3a"),
            ObjectKind.Feather => Rgb.Hex("f4f4f0"),
            _ => Rgb.Hex("9ad8ff"),
        });
        return new Thing(name, kind, colour);
    }

    /// <summary>"...found a silver compass under..." -> "a silver compass": the keyword with up to two words before it.</summary>
    private static string PhraseAround(string prompt, string word)
    {
        var m = Regex.Match(prompt, $@"((?:\b[\p{{L}}'-]+\s+){{0,2}})\b{Regex.Escape(word)}\b", RegexOptions.IgnoreCase);
        if (!m.Success) return word;
        var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // Keep only an article and adjectives before the noun: drop verbs/prepositions by keeping the words after the last stop word.
        var start = 0;
        for (var i = 0; i < words.Count - 1; i++)
            if (!IsModifier(words[i])) start = i + 1;
        var phrase = string.Join(' ', words.Skip(start)).ToLowerInvariant();
        return phrase.Contains(' ') || phrase.StartsWith("a ", StringComparison.Ordinal) ? phrase : (StartsWithVowel(phrase) ? "an " : "a ") + phrase;
    }

    private static bool IsModifier(string w)
    {
        w = w.ToLowerInvariant();
        return w is "a" or "an" or "the" or "old" or "little" or "tiny" or "small" or "big" or "great" or "ancient" or "magic" or "magical" or "broken" or "lost" or "secret" or "glowing" or "shining" or "mysterious" or "strange" or "enchanted" or "rusty" or "wooden" or "brass"
            || ColourWords.Any(c => c.Word == w);
    }

    private static bool StartsWithVowel(string s) => s.Length > 0 && "aeiou".Contains(s[0]);

    private static Rgb? ColourIn(string t)
    {
        foreach (var (word, colour) in ColourWords)
            if (Contains(t, word)) return colour;
        return null;
    }

    private static T? Best<T>((T Key, string[] Words)[] table, string text) where T : struct
    {
        T? best = null;
        var bestScore = 0;
        foreach (var (key, words) in table)
        {
            var score = words.Sum(w => Count(text, w));
            if (score > bestScore) { best = key; bestScore = score; }
        }
        return best;
    }

    private static string Normalise(string? s) => " " + NonWord().Replace((s ?? "").ToLowerInvariant(), " ") + " ";
    private static bool Contains(string normalised, string word) => normalised.Contains(" " + word + " ", StringComparison.Ordinal);

    private static int Count(string normalised, string word)
    {
        var n = 0;
        var needle = " " + word + " ";
        for (var i = normalised.IndexOf(needle, StringComparison.Ordinal); i >= 0; i = normalised.IndexOf(needle, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}

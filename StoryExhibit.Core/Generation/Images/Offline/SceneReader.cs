using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Generation.Images.Offline;

internal enum Setting { Meadow, Forest, Sea, City, Space, Castle, Desert, Mountains, Village, Cave, Sky, Underwater, Lake, Starship, Room }
/// <summary>What a picture shows besides its setting: a backdrop behind it, or something in the air.</summary>
internal enum Feature { Mountains, Trees, Fireflies, Birds, Rainbow }
internal enum TimeOfDay { Day, Dawn, Golden, Night }
internal enum Weather { Clear, Mist, Rain, Storm, Snow }
internal enum Mood { Calm, Cheerful, Mysterious, Tense, Sad }

internal enum FigureKind { Person, Cat, Dog, Fox, Wolf, Bird, Dragon, Robot, Ghost, Horse, Fish, Rabbit, Bear, Drone, Boat, Car, Train, Rocket, Turtle }
internal enum Headwear { None, Pointed, Crown, Helmet, Hood, Tricorn, Fedora }
internal enum ObjectKind { Orb, Compass, Key, Lantern, Sword, Book, Map, Crown, Gem, Flower, Star, Feather, Clock, Shell, Potion, Mirror, Ring, Letter, Umbrella, Telescope, Apple, Egg, Shield, Harp }

internal sealed record Figure(string Name, FigureKind Kind, Headwear Hat, Rgb Colour);
internal sealed record Thing(string Name, ObjectKind Kind, Rgb Colour);

/// <summary>What the offline illustrator understood of a request: where, when, what weather and mood, who and what.</summary>
internal sealed record SceneReading(Setting Setting, TimeOfDay Time, Weather Weather, Mood Mood, IReadOnlyList<Figure> Figures, IReadOnlyList<Thing> Things)
{
    public IReadOnlySet<Feature> Features { get; init; } = new HashSet<Feature>();
    public bool Has(Feature feature) => Features.Contains(feature);
}

/// <summary>Reads a scene's text with the phrase lists of <see cref="SceneVocabulary"/>: no model, deterministic, cheap.</summary>
internal static partial class SceneReader
{

    private static readonly (Headwear Hat, string[] Words)[] HatWords =
    [
        (Headwear.Pointed, ["wizard", "witch", "sorcerer", "sorceress", "mage", "magician", "enchantress"]),
        (Headwear.Crown, ["king", "queen", "prince", "princess", "emperor", "empress", "royal", "monarch"]),
        (Headwear.Helmet, ["knight", "soldier", "guard", "warrior", "astronaut", "pilot", "diver"]),
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

    private static readonly PhraseTable<Setting> Settings = new(SceneVocabulary.Settings);
    private static readonly PhraseTable<Feature> Features = new(SceneVocabulary.Features);
    private static readonly PhraseTable<TimeOfDay> Times = new(SceneVocabulary.Times);
    private static readonly PhraseTable<Weather> Weathers = new(SceneVocabulary.Weathers);
    private static readonly PhraseTable<Mood> Moods = new(SceneVocabulary.Moods);
    private static readonly PhraseTable<FigureKind> Kinds = new(SceneVocabulary.Kinds);
    private static readonly PhraseTable<Headwear> Hats = new(HatWords);
    private static readonly PhraseTable<ObjectKind> ObjectKinds = new(ObjectWords);
    private const int MaxSubjectsFromText = 3;

    public static SceneReading Read(ImageRequest request)
    {
        var text = Normalise($"{request.Prompt} {request.Mood} {string.Join(' ', request.Characters)} {string.Join(' ', request.Objects)}");
        var sceneText = Normalise(request.Prompt);

        var settingScores = Settings.Score(sceneText);
        var setting = Settings.Best(settingScores)
            ?? (request.Genre is { } g && GenreSettings.TryGetValue(g.Trim(), out var s) ? s : Setting.Meadow);
        var features = Features.Score(sceneText).Keys.ToHashSet();
        foreach (var (backdrop, feature) in SceneVocabulary.Backdrops)
            if (backdrop != setting && settingScores.ContainsKey(backdrop)) features.Add(feature);

        var time = Times.Best(Times.Score(text))
            ?? (features.Contains(Feature.Fireflies) || request.Genre?.Trim().Equals("Ghost story", StringComparison.OrdinalIgnoreCase) == true || setting is Setting.Space
                ? TimeOfDay.Night : TimeOfDay.Day);
        if (setting is Setting.Space or Setting.Starship) time = TimeOfDay.Night;
        var weather = Weathers.Best(Weathers.Score(text, SceneVocabulary.NotWeather)) ?? Weather.Clear;
        if (setting is Setting.Space or Setting.Underwater or Setting.Cave) weather = weather == Weather.Mist ? Weather.Mist : Weather.Clear;
        if (setting is Setting.Starship or Setting.Room) weather = Weather.Clear;
        var mood = request.Mood is { } m && Moods.Best(Moods.Score(Normalise(m))) is { } explicitMood ? explicitMood
            : Moods.Best(Moods.Score(text)) ?? (weather == Weather.Storm ? Mood.Tense : time == TimeOfDay.Night ? Mood.Mysterious : Mood.Calm);

        var figures = request.Characters.Select((c, i) => ReadFigure(c.Trim(), i, setting)).ToList();
        // Who and what the text itself names: all of them for a bare prompt; beside a story's cast, only the animals,
        // machines and vehicles the cast does not already show (its people are the cast).
        // A subject named again ("the fox ... the fox") is drawn once.
        var mentioned = Kinds.Find(sceneText, SceneVocabulary.NotSubjects).DistinctBy(h => h.Phrase);
        var named = figures.Count == 0
            ? mentioned.Take(MaxSubjectsFromText)
            : mentioned.Where(h => h.Key != FigureKind.Person && figures.All(f => f.Kind != h.Key)).Take(2);
        foreach (var (_, phrase) in named.ToList())
            figures.Add(ReadFigure(PhraseAround(request.Prompt, phrase), figures.Count, setting));

        var things = request.Objects.Select(o => ReadThing(o.Trim())).ToList();
        if (things.Count == 0)
        {
            // Objects named in the scene itself, up to two, when none were given.
            foreach (var (kind, hit) in ObjectKinds.Find(sceneText, SceneVocabulary.NotSubjects).DistinctBy(h => h.Phrase))
            {
                if (kind is ObjectKind.Star or ObjectKind.Lantern && hit is "stars" or "light") continue;
                things.Add(ReadThing(PhraseAround(request.Prompt, hit)));
                if (things.Count == 2) break;
            }
        }
        return new SceneReading(setting, time, weather, mood, figures, things) { Features = features };
    }

    private static Figure ReadFigure(string name, int index, Setting setting)
    {
        var t = Normalise(name);
        var kind = Kinds.Best(Kinds.Score(t)) ?? FigureKind.Person;
        var hat = kind == FigureKind.Person ? Hats.Best(Hats.Score(t)) ?? Headwear.None : Headwear.None;
        // A starship's captain wears no pirate's hat.
        if (setting is Setting.Starship or Setting.Space && hat is Headwear.Tricorn or Headwear.Fedora) hat = Headwear.None;
        var colour = ColourIn(t) ?? (kind switch
        {
            FigureKind.Fox => Rgb.Hex("d9702a"),
            FigureKind.Wolf => Rgb.Hex("7d8590"),
            FigureKind.Cat => Rgb.Hex("e0a050"),
            FigureKind.Dog => Rgb.Hex("a8743a"),
            FigureKind.Robot => Rgb.Hex("9fb4c8"),
            FigureKind.Drone => Rgb.Hex("5a6270"),
            FigureKind.Ghost => Rgb.Hex("eef2ff"),
            FigureKind.Dragon => Rgb.Hex("3f9a5a"),
            FigureKind.Horse => Contains(t, "camel") || Contains(t, "camels") || Contains(t, "deer") ? Rgb.Hex("c8955a") : Rgb.Hex("f2eee6"),
            FigureKind.Fish => Rgb.Hex("f08a2a"),
            FigureKind.Bird => Rgb.Hex("6a5a8a"),
            FigureKind.Rabbit => Rgb.Hex("c8b8a8"),
            FigureKind.Bear => Contains(t, "polar") ? Rgb.Hex("f2f0ea") : Rgb.Hex("7a4a2a"),
            FigureKind.Boat => Rgb.Hex("9a6a3a"),
            FigureKind.Turtle => Rgb.Hex("6a7a3a"),
            FigureKind.Car => Rgb.Hex("d8403a"),
            FigureKind.Train => Rgb.Hex("2f6a4a"),
            FigureKind.Rocket => Rgb.Hex("e8e8f0"),
            _ => CloakColours[(int)(Rng.Hash(name) % (ulong)CloakColours.Length + (ulong)index) % CloakColours.Length],
        });
        return new Figure(name, kind, hat, colour);
    }
    private static Thing ReadThing(string name)
    {
        var t = Normalise(name);
        var kind = ObjectKinds.Best(ObjectKinds.Score(t)) ?? ObjectKind.Orb;
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
            ObjectKind.Feather => Rgb.Hex("f4f4f0"),
            _ => Rgb.Hex("9ad8ff"),
        });
        return new Thing(name, kind, colour);
    }

    /// <summary>"...found a silver compass under..." -> "a silver compass": the keyword with up to two words before it.</summary>
    private static string PhraseAround(string prompt, string word)
    {
        var noun = string.Join(@"[\s-]+", word.Split(' ').Select(Regex.Escape));
        var m = Regex.Match(prompt, $@"((?:\b[\p{{L}}'-]+\s+){{0,2}})\b{noun}\b", RegexOptions.IgnoreCase);
        if (!m.Success) return word;
        var words = m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // Keep only an article and adjectives before the noun: drop verbs/prepositions by keeping the words after the last stop word.
        var nounWords = word.Split(' ').Length;
        var start = 0;
        for (var i = 0; i < words.Count - nounWords; i++)
            if (!IsModifier(words[i])) start = i + 1;
        var phrase = string.Join(' ', words.Skip(start)).ToLowerInvariant();
        var plural = phrase.EndsWith('s') && !phrase.EndsWith("ss", StringComparison.Ordinal);
        return phrase.Contains(' ') || plural ? phrase : (StartsWithVowel(phrase) ? "an " : "a ") + phrase;
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

    private static string Normalise(string? s) => " " + NonWord().Replace((s ?? "").ToLowerInvariant(), " ") + " ";
    private static bool Contains(string normalised, string word) => normalised.Contains(" " + word + " ", StringComparison.Ordinal);

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}

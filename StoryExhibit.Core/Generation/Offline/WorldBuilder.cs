using StoryExhibit.Core.Generation.Offline.Grammar;
using StoryExhibit.Core.Generation.Offline.Ideas;
using StoryExhibit.Core.Generation.Offline.Imagery;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>Builds the story's world from what the visitor's idea names, inventing from the genre whatever it leaves open.</summary>
internal static class WorldBuilder
{
    public static StoryWorld Build(StorySeed seed) => Build(seed, IdeaReader.Read(seed));

    public static StoryWorld Build(StorySeed seed, StoryIdea idea)
    {
        var hash = StoryRandom.Hash(seed.Prompt, seed.Genre, seed.RandomSeed, string.Join('|', seed.Characters),
            seed.Place ?? "", seed.StoryObject ?? "", seed.Audience, seed.Rating);
        var rng = new StoryRandom(hash);
        var kit = GenreKit.For(seed.Genre);
        var cast = seed.Characters.Select(c => PromptReader.Clean(c, 60)).Where(c => c.Length > 0).ToArray();

        idea = idea with { Others = [.. idea.Others.Where(o => o.Name is { Length: > 0 } || !NotSomeone.Contains(o.Description))] };
        var (hero, heroIntro) = idea.Hero is { } h ? FromIdea(h, kit, rng) : ElementHero(cast, kit, rng);
        var (companion, companionKind) = idea.Others.Count > 0
            ? Companion(idea.Others[0], kit, rng, hero)
            : ElementCompanion(cast, kit, rng, hero);
        var stranger = idea.Others.Count > 1 ? FromIdea(idea.Others[1], kit, rng).Character
            : cast.Length > 2 ? Character.Named(CastReader.NameOf(cast[2]), CastReader.PronounsFor(CastReader.NameOf(cast[2]), rng))
            : Stranger(rng.Pick(kit.Strangers));

        var (placePhrase, preposition, setting) = Place(seed, idea, kit, rng);
        var (obj, detail) = idea.Object is { } thing ? (thing.Noun, thing.Detail)
            : string.IsNullOrWhiteSpace(seed.StoryObject) ? (rng.Pick(kit.Objects), null)
            : (CastReader.LowerFirstWord(CastReader.WithoutArticle(PromptReader.Clean(seed.StoryObject, 50))), null);
        var trait = rng.Pick(StoryWorld.Traits);
        var foe = ShortPhrase(rng.Pick(kit.FoesFor(seed.Rating)));
        var key = idea.Goal is not null || idea.Object is not null ? "answer" : rng.Pick(StoryKeys.For(kit.Name));
        var goal = idea.Goal ?? (idea.Object is not null
            ? $"find out where the {Phrases.Core(obj)} came from"
            : $"{rng.Pick(kit.GoalVerbs)} the {key}");
        var landmarks = rng.Permutation(kit.Landmarks.Length).Select(i => kit.Landmarks[i]).ToArray();
        var ending = seed.Ending == EndingPreference.Surprise ? (EndingPreference)rng.Next(4) : seed.Ending;
        var kitFits = SettingImagery.GroupOf(setting) is var g && (g == "" || g == SettingImagery.GroupOf(kit.Home));
        var details = kitFits
            ? SenseDetails.Merge(new SenseDetails(kit.Sights, kit.Sounds, kit.Smells), SettingImagery.For(setting))
            : SettingImagery.For(setting);

        return new StoryWorld
        {
            Seed = seed, Kit = kit, StorySeedHash = hash,
            HeroCharacter = hero, HeroIntro = heroIntro, Trait = trait,
            CompanionCharacter = companion, CompanionKind = companionKind, StrangerCharacter = stranger,
            Place = placePhrase, PlaceShort = Phrases.ShortPlace(placePhrase), PlacePreposition = preposition, Setting = setting,
            Object = obj, ObjectShort = Phrases.Core(obj), ObjectDetail = detail, ObjectGift = rng.Pick(kit.ObjectGifts),
            Foe = foe, FoeShort = FoeShort(foe), FoePossessive = FoeWords.Possessive(foe), Motif = rng.Pick(kit.Motifs),
            Key = key, Goal = goal, GoalShort = idea.Goal is not null ? Phrases.ShortGoal(goal) : idea.Object is not null ? goal : $"find the {key}", Event = idea.Event, Details = details, Landmarks = landmarks, Ending = ending,
        };
    }

    /// <summary>Words that name nobody in particular, which cannot be a companion or a stranger.</summary>
    private static readonly HashSet<string> NotSomeone = new(StringComparer.OrdinalIgnoreCase)
        { "everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "people", "they", "them" };

    private static (Character Character, string? Intro) FromIdea(IdeaCharacter c, GenreKit kit, StoryRandom rng)
    {
        var intro = c.Description.Length > 0 ? Articles.WithIndefinite(c.Description) : null;
        if (c.Name is { Length: > 0 } name) return (Character.Named(name, c.Pronouns, c.ShortName), intro);
        // A hero known only by a description gets a name from the genre, so later mentions can be short and natural.
        var names = c.Pronouns == Pronouns.He ? kit.BoyNames : c.Pronouns == Pronouns.She ? kit.GirlNames : [.. kit.GirlNames, .. kit.BoyNames];
        return (Character.Named(rng.Pick(names), c.Pronouns), intro);
    }

    private static (Character, string?) ElementHero(string[] cast, GenreKit kit, StoryRandom rng)
    {
        if (cast.Length > 0)
        {
            var name = CastReader.NameOf(cast[0]);
            return (Character.Named(name, CastReader.PronounsFor(name, rng)), CastReader.DescriptionOf(cast[0]));
        }
        return rng.Chance(0.5) ? (Character.Named(rng.Pick(kit.GirlNames), Pronouns.She), null)
            : (Character.Named(rng.Pick(kit.BoyNames), Pronouns.He), null);
    }

    private static (Character, string) Companion(IdeaCharacter c, GenreKit kit, StoryRandom rng, Character hero)
    {
        if (c.Name is { Length: > 0 } name)
            return (Character.Named(name, c.Pronouns, c.ShortName), c.Description.Length > 0 ? Articles.WithIndefinite(c.Description) : rng.Pick(kit.CompanionKinds));
        var described = Character.Described(c.Description, c.Pronouns);
        return (described, "a true friend");
    }

    private static (Character, string) ElementCompanion(string[] cast, GenreKit kit, StoryRandom rng, Character hero)
    {
        var kind = cast.Length > 1 && CastReader.DescriptionOf(cast[1]) is { } d ? d : rng.Pick(kit.CompanionKinds);
        var name = cast.Length > 1 ? CastReader.NameOf(cast[1]) : rng.Pick(kit.CompanionNames.Where(n => n != hero.Short).ToArray());
        return (Character.Named(name, CastReader.PronounsFor(name, rng)), kind);
    }

    private static Character Stranger(string phrase)
    {
        var shortened = ShortPhrase(phrase);
        var bare = string.Join(' ', shortened.Split(' ').SkipWhile(Phrases.IsArticle));
        return Character.Described(bare, FoeWords.PronounsOf(bare));
    }

    private static (string Phrase, string Preposition, Setting Setting) Place(StorySeed seed, StoryIdea idea, GenreKit kit, StoryRandom rng)
    {
        if (idea.Place is { } p)
            return (p.NounPhrase, p.Preposition, p.Setting == Setting.Unknown ? SettingGuess.Of(p.NounPhrase) : p.Setting);
        var phrase = string.IsNullOrWhiteSpace(seed.Place) ? rng.Pick(kit.Places) : PromptReader.Clean(seed.Place, 60);
        var setting = SettingGuess.Of(phrase);
        if (setting == Setting.Unknown && string.IsNullOrWhiteSpace(seed.Place)) setting = kit.Home;
        var preposition = setting == Setting.Spaceship && !phrase.Contains("station", StringComparison.OrdinalIgnoreCase) ? "aboard"
            : setting == Setting.Island ? "on" : "in";
        return (phrase, preposition, setting);
    }

    /// <summary>"malfunctioning security robot" gives "security robot"; short phrases stay as they are.</summary>
    private static string FoeShort(string foe)
    {
        var words = foe.Split(' ');
        var of = Array.IndexOf(words, "of");
        if (of > 0) return string.Join(' ', words[..of].TakeLast(1));
        return words.Length <= 2 ? foe : string.Join(' ', words.TakeLast(2).SkipWhile(w => w == "and"));
    }

    /// <summary>"grumpy troll who guarded every bridge" gives "grumpy troll": short enough for a choice.</summary>
    internal static string ShortPhrase(string phrase)
    {
        foreach (var cut in new[] { " who ", " with ", " that ", " of the ", " of a ", " in a ", " in the ", " on a ", " from ", " resting ", " selling ", " walking ", " playing ", " mending ", " washing ", " swallowing ", " shouting ", " humming " })
        {
            var i = phrase.IndexOf(cut, StringComparison.Ordinal);
            if (i > 0) phrase = phrase[..i];
        }
        return phrase;
    }
}

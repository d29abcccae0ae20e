using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline;

internal static class WorldBuilder
{
    public static StoryWorld Build(StorySeed seed)
    {
        var hash = StoryRandom.Hash(seed.Prompt, seed.Genre, seed.RandomSeed, string.Join('|', seed.Characters),
            seed.Place ?? "", seed.StoryObject ?? "", seed.Audience, seed.Rating);
        var rng = new StoryRandom(hash);
        var kit = GenreKit.For(seed.Genre);

        var cast = seed.Characters.Select(c => PromptReader.Clean(c, 60)).Where(c => c.Length > 0).ToArray();
        var (hero, heroPronouns) = cast.Length > 0 ? (NameOf(cast[0]), PronounsFor(NameOf(cast[0]))) : InventHero(kit, rng);
        var companionKind = cast.Length > 1 && DescriptionOf(cast[1]) is { } d ? d : rng.Pick(kit.CompanionKinds);
        var companion = cast.Length > 1 ? NameOf(cast[1]) : rng.Pick(kit.CompanionNames.Where(n => n != hero).ToArray());
        var stranger = cast.Length > 2 ? NameOf(cast[2]) : ShortPhrase(rng.Pick(kit.Strangers));

        var place = string.IsNullOrWhiteSpace(seed.Place) ? rng.Pick(kit.Places) : PromptReader.Clean(seed.Place, 60);
        var obj = string.IsNullOrWhiteSpace(seed.StoryObject) ? rng.Pick(kit.Objects) : WithoutArticle(PromptReader.Clean(seed.StoryObject, 50));
        var key = PromptReader.KeyPhrase(seed.Prompt);
        var landmarks = rng.Permutation(kit.Landmarks.Length).Select(i => kit.Landmarks[i]).ToArray();
        var ending = seed.Ending == EndingPreference.Surprise
            ? (EndingPreference)rng.Next(4)
            : seed.Ending;

        return new StoryWorld
        {
            Seed = seed, Kit = kit, StorySeedHash = hash,
            Hero = hero, HeroPronouns = heroPronouns, Trait = rng.Pick(StoryWorld.Traits),
            Companion = companion, CompanionKind = companionKind, Stranger = stranger,
            Place = place, Object = LowerFirstWord(obj), ObjectGift = rng.Pick(kit.ObjectGifts),
            Foe = ShortPhrase(rng.Pick(kit.FoesFor(seed.Rating))), Motif = rng.Pick(kit.Motifs),
            Premise = PromptReader.Premise(seed.Prompt), Key = key,
            Goal = $"{rng.Pick(kit.GoalVerbs)} the {key}",
            Keywords = PromptReader.Keywords(seed.Prompt), Landmarks = landmarks, Ending = ending,
        };
    }

    private static (string, Pronouns) InventHero(GenreKit kit, StoryRandom rng) =>
        rng.Chance(0.5) ? (rng.Pick(kit.GirlNames), Pronouns.She) : (rng.Pick(kit.BoyNames), Pronouns.He);

    private static Pronouns PronounsFor(string name)
    {
        foreach (var kit in GenreCatalog.All)
        {
            if (kit.GirlNames.Contains(name)) return Pronouns.She;
            if (kit.BoyNames.Contains(name)) return Pronouns.He;
        }
        return Pronouns.ByName(name);
    }

    /// <summary>"Mira the fox" or "Mira, a fox" gives "Mira"; "a shy robot" stays a description-name.</summary>
    private static string NameOf(string character)
    {
        var cut = character.IndexOfAny([',', '(']);
        var name = cut > 0 ? character[..cut] : character;
        var the = name.IndexOf(" the ", StringComparison.OrdinalIgnoreCase);
        if (the > 0) name = name[..the];
        name = name.Trim();
        return name.Length > 0 && char.IsLower(name[0]) && !name.Contains(' ') ? PromptReader.UpperFirst(name) : name;
    }

    private static string? DescriptionOf(string character)
    {
        var i = character.IndexOf(" the ", StringComparison.OrdinalIgnoreCase);
        if (i > 0) return "a " + character[(i + 5)..].Trim();
        i = character.IndexOf(',');
        return i > 0 && character[(i + 1)..].Trim() is { Length: > 0 } rest ? rest : null;
    }

    private static string WithoutArticle(string phrase)
    {
        foreach (var article in new[] { "a ", "an ", "the ", "A ", "An ", "The ", "my ", "My " })
            if (phrase.StartsWith(article, StringComparison.Ordinal)) return phrase[article.Length..];
        return phrase;
    }

    private static string LowerFirstWord(string phrase) => phrase.Length > 1 && char.IsUpper(phrase[0]) && char.IsLower(phrase[1])
        ? char.ToLowerInvariant(phrase[0]) + phrase[1..]
        : phrase;

    /// <summary>"grumpy troll who guarded every bridge" gives "grumpy troll": short enough for a choice.</summary>
    internal static string ShortPhrase(string phrase)
    {
        foreach (var cut in new[] { " who ", " with ", " that ", " of the ", " of a ", " in a ", " in the ", " on a ", " from ", " resting ", " selling ", " walking ", " playing ", " mending " })
        {
            var i = phrase.IndexOf(cut, StringComparison.Ordinal);
            if (i > 0) phrase = phrase[..i];
        }
        return phrase;
    }
}

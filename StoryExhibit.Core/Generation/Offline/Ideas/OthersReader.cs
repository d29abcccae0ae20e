using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>Everyone besides the hero: the other character elements, then the people and animals the idea names
/// ("her grandmother", "a grumpy troll", "the ship's cat"), in order of mention.</summary>
internal static class OthersReader
{
    private const int MaxOthers = 4;

    public static IReadOnlyList<IdeaCharacter> Read(StorySeed seed, IReadOnlyList<Tokens> sentences, Clause[] clauses,
        int heroAt, IdeaCharacter? hero, IdeaCharacter? ideaHero, Pronouns heroPronouns)
    {
        var allWords = new Tokens(sentences.SelectMany(s => Enumerable.Range(0, s.Count).Select(s.Original)).ToList());
        var others = new List<IdeaCharacter>();
        foreach (var element in seed.Characters.Skip(1))
            if (CharacterReader.FromElement(element, allWords, seed.Audience) is { } character) others.Add(character);
        // The idea's own subject, when the elements chose a different hero.
        if (ideaHero is not null && hero is not null && !ReferenceEquals(hero, ideaHero) && hero.Description != ideaHero.Description
            && hero.Name != ideaHero.Name && (ideaHero.Name is null || hero.Name is null || hero.Name != ideaHero.Name))
        {
            if (!SameHead(hero.Description, ideaHero.Description)) others.Add(ideaHero);
        }

        for (var k = 0; k < sentences.Count && others.Count < MaxOthers; k++)
        {
            var t = sentences[k];
            for (var i = 0; i < t.Count && others.Count < MaxOthers; i++)
            {
                if (k == heroAt && i >= clauses[k].SubjectStart && i < clauses[k].SubjectEnd) continue;
                if (i > 0 && t.IsWord(i - 1) && !Lexicon.IsFunctionWord(t[i - 1]) && !Verbs.IsVerbForm(t[i - 1])) continue;
                if (i > 0 && Lexicon.IsDeterminer(t[i - 1])) continue;
                if (Nouns.At(t, i) is not { } phrase || !(Lexicon.IsBeing(phrase.Head) || Lexicon.LooksLikeAgent(phrase.Head))) continue;
                var name = t[phrase.End] is "named" or "called" && t.IsWord(phrase.End + 1) ? CharacterReader.Capitalise(t.Original(phrase.End + 1)) : null;
                var character = CharacterReader.Make(name, phrase, t, new Tokens([]), seed.Audience, heroPronouns);
                if (hero is not null && (SameHead(hero.Description, character.Description) && phrase.Determiner is not "his" and not "her" and not "my" and not "their"))
                    continue;
                if (others.Any(o => SameHead(o.Description, character.Description))) continue;
                others.Add(character);
                i = phrase.End - 1;
            }
        }
        return others;
    }

    private static bool SameHead(string a, string b) =>
        a.Split(' ')[^1].Equals(b.Split(' ')[^1], StringComparison.OrdinalIgnoreCase);
}

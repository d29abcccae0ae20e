namespace StoryExhibit.Core.Generation.Offline.Ideas;

/// <summary>What kind of word something is. A compact embedded lexicon: it loads in well under a millisecond,
/// needs no data on disk, and every lookup is a hash-set hit.</summary>
internal static partial class Lexicon
{
    public enum Gender { None, Female, Male, Neuter }

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Female = Set(FemaleNouns);
    private static readonly HashSet<string> Male = Set(MaleNouns);
    private static readonly HashSet<string> Machine = Set(MachineNouns);
    private static readonly HashSet<string> Person = Set(PersonNouns);
    private static readonly HashSet<string> Animal = Set(AnimalNouns);
    private static readonly HashSet<string> FemaleName = Set(FemaleNames);
    private static readonly HashSet<string> MaleName = Set(MaleNames);
    private static readonly HashSet<string> Titles = new(HeroTitles, StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> Thing = Set(ThingNouns);
    private static readonly HashSet<string> NotObject = Set(NotObjects);
    private static readonly HashSet<string> Phenomenon = Set(Phenomena);
    private static readonly HashSet<string> Adjective = Set(Adjectives);
    private static readonly HashSet<string> PredicateAdjective = Set(PredicateAdjectives);
    private static readonly HashSet<string> Determiner = Set(Determiners);
    private static readonly HashSet<string> Preposition = Set(Prepositions);
    private static readonly HashSet<string> Conjunction = Set(Conjunctions);
    private static readonly HashSet<string> Relative = Set(RelativeWords);
    private static readonly HashSet<string> Modal = Set(Modals);
    private static readonly HashSet<string> SpaceModifier = Set(SpaceModifiers);
    private static readonly HashSet<string> UnderwaterModifier = Set(UnderwaterModifiers);
    private static readonly HashSet<string> Belonging = Set(BelongingWords);
    private static readonly HashSet<string> GoalVerb = Set(GoalVerbs.Replace('_', ' '));

    private static readonly Dictionary<string, (Setting Setting, string Preposition)> Places =
        PlaceNouns.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Split(':'))
            .ToDictionary(p => p[0], p => (Enum.Parse<Setting>(p[1]), p[2]), StringComparer.OrdinalIgnoreCase);

    private static readonly Dictionary<string, Setting> NamedPlaces =
        ProperPlaces.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.Split(':'))
            .ToDictionary(p => p[0], p => Enum.Parse<Setting>(p[1]), StringComparer.OrdinalIgnoreCase);

    public static bool IsFemale(string noun) => Female.Contains(noun) || noun.EndsWith("woman", StringComparison.OrdinalIgnoreCase);
    public static bool IsMale(string noun) =>
        Male.Contains(noun) || (noun.EndsWith("man", StringComparison.OrdinalIgnoreCase) && noun.Length > 4
            && !noun.EndsWith("woman", StringComparison.OrdinalIgnoreCase) && !noun.Equals("human", StringComparison.OrdinalIgnoreCase));
    public static bool IsMachine(string noun) => Machine.Contains(noun);

    /// <summary>A person, animal or machine: something that can be a story's hero.</summary>
    public static bool IsBeing(string noun) =>
        Person.Contains(noun) || Animal.Contains(noun) || Machine.Contains(noun) || Female.Contains(noun) || Male.Contains(noun)
        || IsFemale(noun) || IsMale(noun);

    /// <summary>An unknown word that looks like a person by its ending ("clockmaker", "violinist", "librarian").</summary>
    public static bool LooksLikeAgent(string noun) =>
        !Thing.Contains(noun) && !Places.ContainsKey(noun) && !NotObject.Contains(noun) && noun.Length > 4
        && (noun.EndsWith("er") || noun.EndsWith("or") || noun.EndsWith("ist") || noun.EndsWith("ian") || noun.EndsWith("eer"))
        && !Verbs.IsVerbForm(noun);

    public static Gender GenderOfNoun(string noun) =>
        IsFemale(noun) ? Gender.Female : IsMale(noun) ? Gender.Male : IsMachine(noun) ? Gender.Neuter : Gender.None;

    public static Gender GenderOfName(string name) =>
        FemaleName.Contains(name) ? Gender.Female : MaleName.Contains(name) ? Gender.Male : Gender.None;

    public static bool IsKnownName(string word) => FemaleName.Contains(word) || MaleName.Contains(word);
    public static bool IsTitle(string word) => Titles.Contains(word.TrimEnd('.'));
    public static bool IsThing(string noun) => Thing.Contains(noun);
    public static bool CanBeObject(string noun) => !NotObject.Contains(noun) && !IsBeing(noun) && !IsPlace(noun);
    public static bool IsKnownNoun(string word) => IsThing(word) || IsBeing(word) || IsPlace(word) || NotObject.Contains(word);
    public static bool IsPhenomenon(string noun) => Phenomenon.Contains(noun);
    public static bool IsAdjective(string word) => Adjective.Contains(word);
    public static bool IsPredicateAdjective(string word) => PredicateAdjective.Contains(word);
    public static bool IsDeterminer(string word) => Determiner.Contains(word);
    public static bool IsPreposition(string word) => Preposition.Contains(word);
    public static bool IsConjunction(string word) => Conjunction.Contains(word);
    public static bool IsRelative(string word) => Relative.Contains(word);
    public static bool IsModal(string word) => Modal.Contains(word);
    public static bool IsGoalVerb(string baseForm) => GoalVerb.Contains(baseForm);
    public static bool IsBelongingWord(string noun) => Belonging.Contains(noun);
    public static bool IsSpaceModifier(string word) => SpaceModifier.Contains(word);
    public static bool IsUnderwaterModifier(string word) => UnderwaterModifier.Contains(word);
    public static bool IsPlace(string noun) => Places.ContainsKey(noun);

    public static (Setting Setting, string Preposition)? Place(string noun) =>
        Places.TryGetValue(noun, out var p) ? p : null;

    public static Setting? NamedPlace(string name) => NamedPlaces.TryGetValue(name, out var s) ? s : null;

    /// <summary>Every word the reader knows, for spelling repair.</summary>
    public static IEnumerable<string> AllWords() =>
        Female.Concat(Male).Concat(Machine).Concat(Person).Concat(Animal).Concat(Thing).Concat(Adjective)
            .Concat(Places.Keys).Concat(Verbs.AllForms()).Concat(NotObject).Concat(PredicateAdjective);

    /// <summary>Words that are never misspellings of something else (function words and the like).</summary>
    public static bool IsFunctionWord(string word) =>
        Determiner.Contains(word) || Preposition.Contains(word) || Conjunction.Contains(word) || Relative.Contains(word)
        || Modal.Contains(word) || Pronoun(word);

    /// <summary>A word of the language rather than a name.</summary>
    public static bool IsCommonWord(string lowerWord) =>
        (IsFunctionWord(lowerWord) || Spelling.IsKnown(lowerWord) || Spelling.IsKnown(Nouns.Singular(lowerWord)))
        && !IsKnownName(lowerWord);

    public static bool Pronoun(string word) => word.ToLowerInvariant() is "i" or "me" or "my" or "mine" or "myself" or "you"
        or "your" or "yours" or "yourself" or "we" or "us" or "our" or "ours" or "ourselves" or "he" or "him" or "his"
        or "himself" or "she" or "her" or "hers" or "herself" or "it" or "its" or "itself" or "they" or "them"
        or "their" or "themselves";
}

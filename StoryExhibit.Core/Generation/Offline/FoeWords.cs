namespace StoryExhibit.Core.Generation.Offline;

/// <summary>Which pronouns a described being takes: "the jealous queen had her own plans", "the storm had its own plans".</summary>
internal static class FoeWords
{
    public static readonly Pronouns It = new("it", "it", "its");
    private static readonly Pronouns They = new("they", "them", "their");

    private static readonly string[] Feminine =
        ["queen", "witch", "sorceress", "stepmother", "mother", "woman", "lady", "girl", "princess", "sister", "daughter", "grandmother", "godmother", "housekeeper", "banshee", "aunt", "wife"];
    private static readonly string[] Masculine =
        ["king", "giant", "wizard", "troll", "man", "boy", "prince", "knight", "warlord", "duke", "father", "brother", "son", "grandfather", "uncle", "god", "horseman", "butler", "fisherman", "postman", "woodcutter", "shoemaker", "shepherd", "seer", "ringmaster", "mayor", "captain"];
    private static readonly string[] People =
        ["thief", "smuggler", "burglar", "forger", "hunter", "explorer", "scientist", "collector", "pickpocket", "stranger", "pirate", "boss", "baker", "painter", "engineer", "trader", "inventor", "judge", "prankster", "villain", "rival", "driver", "ranger", "mapmaker", "caretaker", "juggler", "chef", "detective", "gnome", "cousin", "guide", "keeper", "android", "crew", "gang", "band", "bandits", "smugglers"];

    public static Pronouns PronounsOf(string phrase)
    {
        var words = phrase.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return It;
        var head = words[^1];
        if (Feminine.Contains(head)) return Pronouns.She;
        if (Masculine.Contains(head)) return Pronouns.He;
        if (head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal)) return They;
        return People.Contains(head) ? They : It;
    }

    public static string Possessive(string foe) => PronounsOf(Grammar.Phrases.Core(foe)).Possessive;
}

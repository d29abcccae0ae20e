namespace StoryExhibit.Core.Generation.Offline.Grammar;

/// <summary>
/// Decides, mention by mention, how to refer to each character in one scene: the full form the first
/// time the story meets them, a short form after that, and a pronoun when the same character opens
/// the next sentence and nobody else who shares that pronoun was mentioned in between.
/// </summary>
internal sealed class Realiser(bool firstScene)
{
    private readonly HashSet<object> _introduced = [];
    private List<Character> _previous = [];
    private List<Character> _current = [];

    /// <summary>Everyone in a later scene is already known; only the opening introduces people and things.</summary>
    public bool IsFirstMention(object thing) => firstScene && !_introduced.Contains(thing);

    /// <summary>Marks a thing (a place, an object) as met; true when this was its first mention.</summary>
    public bool Introduce(object thing) => IsFirstMention(thing) & _introduced.Add(thing);

    public void NextSentence()
    {
        _previous = _current;
        _current = [];
    }

    /// <summary>A new paragraph starts afresh: its first mention of anyone is by name.</summary>
    public void NextParagraph()
    {
        NextSentence();
        _previous = [];
    }

    /// <summary>How to name <paramref name="c"/> here. <paramref name="sentenceStart"/> marks the subject
    /// position, the only place a pronoun is put in without seeing the grammar around it.</summary>
    public string Mention(Character c, bool sentenceStart, bool possessive)
    {
        string text;
        if (IsFirstMention(c)) text = possessive ? Possessive(c.Full) : c.Full;
        else if (sentenceStart && ReaderKnows(c)) text = possessive ? c.Pronouns.Possessive : c.Pronouns.Subject;
        else text = possessive ? Possessive(c.Short) : c.Short;
        _introduced.Add(c);
        Remember(c);
        return text;
    }

    /// <summary>A pronoun slot the template chose on purpose still counts as a mention.</summary>
    public void Remember(Character c) => _current.Add(c);

    private bool ReaderKnows(Character c) =>
        c.Pronouns.Subject is "she" or "he" && _previous.Contains(c) && _current.Count == 0
        && !_previous.Any(o => !ReferenceEquals(o, c) && o.Pronouns.Subject == c.Pronouns.Subject);

    public static string Possessive(string phrase) =>
        phrase.EndsWith('s') && !phrase.EndsWith("ss", StringComparison.Ordinal) && !char.IsUpper(phrase[0])
            ? phrase + "’" : phrase + "’s";
}

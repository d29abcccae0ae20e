namespace StoryExhibit.Core.Ask.Research.Offline;

/// <summary>How an offline answer came about.</summary>
public enum OfflineAnswerKind
{
    /// <summary>Answered from the dictionary: a definition, a person or place, a difference.</summary>
    FromDictionary,
    /// <summary>Not a dictionary question: the kind "only when I'm connected", with what the dictionary knows of its subject if anything.</summary>
    NeedsConnection,
    /// <summary>A dictionary question about a word the dictionary does not have: said so, nothing guessed.</summary>
    UnknownWord,
    /// <summary>No dictionary on this machine: the honest "only when I'm connected".</summary>
    NoDictionary,
}

/// <summary>An answer written offline: its kind, its sentences, and the dictionary word it spoke about, if any.</summary>
public sealed record OfflineAnswer(OfflineAnswerKind Kind, IReadOnlyList<string> Sentences, string? Word = null)
{
    public string Text => string.Join(" ", Sentences);
}

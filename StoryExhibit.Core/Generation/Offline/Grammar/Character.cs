namespace StoryExhibit.Core.Generation.Offline.Grammar;

/// <summary>
/// Someone the story talks about, as a value that knows how to be named: <see cref="Full"/> on first
/// mention ("Captain Ada Reyes", "a tired engineer"), <see cref="Short"/> after that ("Ada", "the
/// engineer"), and pronouns when the reader already knows who is meant.
/// </summary>
internal sealed record Character(string Full, string Short, Pronouns Pronouns)
{
    /// <summary>True when the character goes by a name rather than a description.</summary>
    public bool IsProper => Full.Length > 0 && char.IsUpper(Full[0]);

    public bool IsPlural => Pronouns.Subject == "they";

    /// <summary>A described character ("tired engineer"): "a tired engineer" first, "the engineer" after.</summary>
    public static Character Described(string description, Pronouns pronouns) =>
        new(Articles.WithIndefinite(description), "the " + Phrases.HeadNoun(description), pronouns);

    public static Character Named(string name, Pronouns pronouns, string? shortName = null) =>
        new(name, shortName ?? Phrases.FirstName(name), pronouns);
}

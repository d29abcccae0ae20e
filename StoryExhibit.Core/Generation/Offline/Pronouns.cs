namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// How the hero is referred to. A visitor's own character gets their name repeated instead of a
/// guessed pronoun: clumsy at worst, never wrong.
/// </summary>
internal sealed record Pronouns(string Subject, string Object, string Possessive)
{
    public static readonly Pronouns She = new("she", "her", "her");
    public static readonly Pronouns He = new("he", "him", "his");

    public static Pronouns ByName(string name) => new(name, name, name + "’s");
}

namespace StoryExhibit.Core.Generation.Offline;

/// <summary>
/// How the hero is referred to. A visitor's own character gets their name repeated instead of a
/// guessed pronoun: clumsy at worst, never wrong.
/// </summary>
internal sealed record Pronouns(string Subject, string Object, string Possessive)
{
    public static readonly Pronouns She = new("she", "her", "her");
    public static readonly Pronouns He = new("he", "him", "his");
    /// <summary>For a machine or a thing that acts: "the robot ... its own plans".</summary>
    public static readonly Pronouns It = new("it", "it", "its");

    /// <summary>"herself", "himself", "itself"; a name stands for itself.</summary>
    public string Reflexive => Subject switch
    {
        "she" => "herself",
        "he" => "himself",
        "it" => "itself",
        _ => Object,
    };

    public static Pronouns ByName(string name) => new(name, name, name + "’s");
}

namespace StoryExhibit.Core.Ask.Research.WordNet;

/// <summary>WordNet's four parts of speech, each with its own index, data and exception files.</summary>
public enum WordClass { Noun, Verb, Adjective, Adverb }

internal static class WordClasses
{
    public static readonly WordClass[] All = [WordClass.Noun, WordClass.Verb, WordClass.Adjective, WordClass.Adverb];

    /// <summary>The files' suffix: data.noun, index.verb, adj.exc...</summary>
    public static string FileName(this WordClass c) => c switch
    {
        WordClass.Noun => "noun",
        WordClass.Verb => "verb",
        WordClass.Adjective => "adj",
        _ => "adv",
    };

    /// <summary>The class a data line's pointer or synset type letter names ("s", an adjective satellite, is an adjective).</summary>
    public static WordClass FromLetter(string letter) => letter switch
    {
        "n" => WordClass.Noun,
        "v" => WordClass.Verb,
        "a" or "s" => WordClass.Adjective,
        "r" => WordClass.Adverb,
        _ => throw new FormatException($"Unknown WordNet part of speech '{letter}'."),
    };
}

namespace StoryExhibit.Core.Ask.Research.Offline;

/// <summary>What shape of question a visitor asked, as far as an offline dictionary can tell.</summary>
public enum QueryShape
{
    /// <summary>"What is a narwhal?", "what are clouds?", "tell me about volcanoes".</summary>
    WhatIs,
    /// <summary>"What does enormous mean?", "define gallop".</summary>
    Meaning,
    /// <summary>"Who was Einstein?"</summary>
    Who,
    /// <summary>"Where is Paris?"</summary>
    Where,
    /// <summary>"What is the difference between an alligator and a crocodile?"</summary>
    Difference,
    /// <summary>Anything else ("how far away is the moon?"): a dictionary cannot answer it.</summary>
    Other,
}

/// <summary>
/// A question read for the dictionary: its shape, the words it asks about (one, or two for a difference), the article
/// the visitor used before the word ("a", "the", or none) and, for any question, the words it is about ("the moon", "a spider"
/// with the article the visitor used, or a bare word), most likely first.
/// </summary>
public sealed record ResearchQuery(QueryShape Shape, IReadOnlyList<string> Terms, string? Article, IReadOnlyList<string> Subjects);

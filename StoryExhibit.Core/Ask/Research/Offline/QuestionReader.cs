using System.Text.RegularExpressions;

namespace StoryExhibit.Core.Ask.Research.Offline;

/// <summary>
/// Reads a visitor's question into a <see cref="ResearchQuery"/> with a few patterns for the questions a dictionary can
/// answer, tolerant of children's spellings ("wat is", "whats") and missing punctuation. Whether the words asked about
/// are in the dictionary is decided later, by the dictionary.
/// </summary>
public static partial class QuestionReader
{
    private static readonly HashSet<string> NotSubjects = new(StringComparer.Ordinal)
    {
        "what", "whats", "wat", "wot", "who", "whom", "whose", "where", "when", "why", "how", "which", "is", "are", "was", "were", "be", "been",
        "do", "does", "did", "done", "doing", "can", "could", "will", "would", "should", "shall", "may", "might", "must", "have", "has", "had",
        "the", "a", "an", "some", "any", "many", "much", "more", "most", "few", "lot", "lots", "of", "in", "on", "at", "to", "for", "from", "with",
        "by", "about", "into", "onto", "up", "down", "out", "off", "over", "under", "and", "or", "but", "if", "so", "than", "then", "that", "this",
        "these", "those", "there", "here", "it", "its", "they", "them", "their", "we", "us", "our", "you", "your", "i", "me", "my", "he", "she",
        "his", "her", "him", "far", "away", "long", "big", "biggest", "small", "smallest", "old", "oldest", "fast", "fastest", "tall", "tallest",
        "high", "highest", "deep", "hot", "cold", "first", "last", "get", "gets", "got", "make", "makes", "made", "go", "goes", "went", "live",
        "lives", "eat", "eats", "come", "comes", "came", "work", "works", "happen", "happens", "happened", "tell", "know", "really", "please",
        "very", "not", "no", "yes", "kind", "sort", "type", "thing", "things", "one", "ones", "called", "mean", "means", "invented", "invent",
        "discovered", "number", "times", "plus", "minus", "divided", "year", "day", "today", "now", "world", "best", "good", "bad", "fly", "can't", "dont", "don't", "doesnt", "doesn't", "isnt", "isn't", "need", "use",
    };

    public static ResearchQuery Read(string question)
    {
        var text = Normalise(question);
        var subjects = Subjects(text);
        if (Difference().Match(text) is { Success: true } d)
            return new ResearchQuery(QueryShape.Difference, [Term(d.Groups["x"].Value), Term(d.Groups["y"].Value)], null, subjects);
        if (Meaning().Match(text) is { Success: true } m)
            return new ResearchQuery(QueryShape.Meaning, [Term(m.Groups["x"].Value)], null, subjects);
        if (Who().Match(text) is { Success: true } w)
            return new ResearchQuery(QueryShape.Who, [Term(w.Groups["x"].Value)], null, subjects);
        if (Where().Match(text) is { Success: true } p)
            return new ResearchQuery(QueryShape.Where, [Term(p.Groups["x"].Value)], null, subjects);
        if (WhatIs().Match(text) is { Success: true } q)
            return new ResearchQuery(QueryShape.WhatIs, [Term(q.Groups["x"].Value)], q.Groups["art"].Success ? q.Groups["art"].Value : null, subjects);
        return new ResearchQuery(QueryShape.Other, [], null, subjects);
    }

    /// <summary>Lower case, apostrophes and children's spellings evened out, punctuation gone.</summary>
    internal static string Normalise(string question)
    {
        var text = question.ToLowerInvariant().Replace('’', '\'').Replace('‘', '\'');
        text = NotWord().Replace(text, " ");
        text = Spaces().Replace(text, " ").Trim();
        text = Contraction().Replace(text, m => m.Groups[1].Value + " is");
        return ChildSpelling().Replace(text, m => m.Value switch { "wat" or "wot" or "wut" => "what", "r" => "are", "u" => "you", _ => m.Value });
    }

    /// <summary>
    /// The words a question is about, most likely first: two words together ("the eiffel tower"), a word after "of"
    /// ("the capital of france"), a word after an article ("the moon", "a spider", kept with it), then the rest from the end.
    /// </summary>
    private static IReadOnlyList<string> Subjects(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool Content(int i) => i >= 0 && i < words.Length && !NotSubjects.Contains(words[i]) && words[i].Length >= 3 && !words[i].Any(char.IsDigit);
        string WithArticle(int i, string phrase) => i > 0 && words[i - 1] is "a" or "an" or "the" ? $"{words[i - 1]} {phrase}" : phrase;
        var pairs = new List<string>();
        var afterOf = new List<string>();
        var afterArticle = new List<string>();
        var others = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            if (!Content(i)) continue;
            if (Content(i + 1)) pairs.Add(WithArticle(i, $"{words[i]} {words[i + 1]}"));
            if (i > 0 && words[i - 1] == "of") afterOf.Add(words[i]);
            else if (i > 0 && words[i - 1] is "a" or "an" or "the") afterArticle.Add(WithArticle(i, words[i]));
            else others.Add(words[i]);
        }
        others.Reverse();
        return [.. pairs, .. afterOf, .. afterArticle, .. others];
    }

    private static string Term(string words)
    {
        var term = Filler().Replace(words.Trim(), "");
        return LeadingArticle().Replace(term, "").Trim();
    }

    [GeneratedRegex(@"[^\p{L}\p{Nd}' -]")] private static partial Regex NotWord();
    [GeneratedRegex(@"\s+")] private static partial Regex Spaces();
    [GeneratedRegex(@"\b(what|wat|who|where)'?s\b")] private static partial Regex Contraction();
    [GeneratedRegex(@"\b(wat|wot|wut|r|u)\b")] private static partial Regex ChildSpelling();
    [GeneratedRegex(@"^(a|an|the|some)\s+")] private static partial Regex LeadingArticle();
    [GeneratedRegex(@"\s+(please|exactly|really|actually|anyway)$")] private static partial Regex Filler();

    [GeneratedRegex(@"^(?:please )?(?:what is|what are|tell me) (?:the )?differences? between (?<x>.+?) and (?<y>.+)$|^how is (?<x>.+?) different from (?<y>.+)$")]
    private static partial Regex Difference();

    [GeneratedRegex(@"^(?:please )?(?:what does (?:the word )?(?<x>.+?) mean|what is the meaning of (?:the word )?(?<x>.+)|(?:define|definition of|meaning of) (?:the word )?(?<x>.+)|what is the word (?<x>.+?)(?: mean)?)$")]
    private static partial Regex Meaning();

    [GeneratedRegex(@"^(?:please )?who (?:is|was|were|are) (?<x>.+)$")] private static partial Regex Who();

    [GeneratedRegex(@"^(?:please )?where (?:is|are|was) (?<x>.+)$")] private static partial Regex Where();

    [GeneratedRegex(@"^(?:please )?(?:(?:can you |could you )?tell me about|what is|what are|what was|what were|what kind of thing is|what sort of thing is|do you know what) (?:(?<art>a|an|the) )?(?<x>.+?)(?: is| are)?$")]
    private static partial Regex WhatIs();
}

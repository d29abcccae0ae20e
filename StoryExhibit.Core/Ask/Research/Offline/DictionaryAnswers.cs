using StoryExhibit.Core.Ask.Research.WordNet;
using StoryExhibit.Core.Stories;
using static StoryExhibit.Core.Ask.Research.Offline.DefinitionPhrasing;

namespace StoryExhibit.Core.Ask.Research.Offline;

/// <summary>
/// Answers a <see cref="ResearchQuery"/> from WordNet alone: definitions, people and places, differences; for anything
/// else the kind "only when I'm connected", with what WordNet knows about the question's subject. Nothing is guessed.
/// </summary>
public sealed class DictionaryAnswers(WordNetDatabase wordNet)
{
    public OfflineAnswer Answer(ResearchQuery query, Audience audience) => query.Shape switch
    {
        QueryShape.WhatIs => WhatIs(query, audience),
        QueryShape.Meaning => (Best(query.Terms[0], correctSpelling: false) ?? Best(query.Terms[0], correctSpelling: true)) is { } match
            ? Meaning(match, audience)
            : Unknown(query.Terms[0], audience),
        QueryShape.Who or QueryShape.Where => Named(query, audience),
        QueryShape.Difference => Difference(query, audience),
        _ => NeedsConnection(query, audience),
    };

    private OfflineAnswer WhatIs(ResearchQuery query, Audience audience)
    {
        var term = query.Terms[0];
        if (wordNet.Lookup(term, WordClass.Noun, correctSpelling: false) is { } noun) return Definition(noun, term, query.Article, audience);
        if (Best(term, correctSpelling: false) is { } exact) return Meaning(exact, audience);
        if (wordNet.Lookup(term, WordClass.Noun) is { } spelled) return Definition(spelled, term, query.Article, audience);
        if (Best(term, correctSpelling: true) is { } other) return Meaning(other, audience);
        return IsOneWord(term) ? Unknown(term, audience) : NeedsConnection(query, audience);
    }

    private OfflineAnswer Definition(WordMatch match, string asked, string? article, Audience audience)
    {
        var entry = match.Entry;
        var senses = wordNet.Senses(entry).ToList();
        // "What is an octopus?" asks about the animal, though WordNet lists the dish first.
        var first = senses.FirstOrDefault(s => !s.IsFood) ?? senses[0];
        // "What are clouds?" has no article but asks about a countable thing: "A cloud is...".
        var plural = article is null && WordNetDatabase.Key(asked) != entry.Lemma;
        var sentences = new List<string>();
        if (match.CorrectedFrom is not null) sentences.Add($"I think you mean “{Shown(first, entry.Lemma)}”.");
        var subject = Subject(first, entry.Lemma, plural ? "a" : article);
        if (first.Words[0] is var name && char.IsUpper(name[0]) && WordNetDatabase.Key(name) != entry.Lemma && !char.IsUpper(Shown(first, entry.Lemma)[0]))
        {
            // "What is the capital of France?" finds Paris under another of its names: the answer is the name, then what it is.
            sentences.Add($"{subject} is {name}.");
            subject = name;
        }
        sentences.Add(Sentence($"{subject} is {Predicate(first, audience)}"));
        AddLifetime(sentences, first, entry.Lemma);
        if (!first.IsInstance && first.Parents.FirstOrDefault() is { } up)
        {
            var kind = wordNet.Read(up.Offset, up.Class).Words[0];
            if (!first.Definition.Contains(kind, StringComparison.OrdinalIgnoreCase)) sentences.Add($"It is a kind of {kind}.");
        }
        AddOtherMeanings(sentences, senses, entry.Lemma, audience);
        return new OfflineAnswer(OfflineAnswerKind.FromDictionary, sentences, entry.Lemma);
    }

    /// <summary>The word in whichever class it is most used (by its tagged senses), or with its spelling corrected.</summary>
    private WordMatch? Best(string term, bool correctSpelling) => correctSpelling
        ? WordClasses.All.Select(c => wordNet.Lookup(term, c)).OfType<WordMatch>().FirstOrDefault()
        : WordClasses.All.Select(c => wordNet.Lookup(term, c, correctSpelling: false)).OfType<WordMatch>().OrderByDescending(m => m.Entry.TaggedSenses).FirstOrDefault();

    /// <summary>"What does X mean?": "“Enormous” means extraordinarily large...".</summary>
    private OfflineAnswer Meaning(WordMatch match, Audience audience)
    {
        var entry = match.Entry;
        var senses = wordNet.Senses(entry).ToList();
        var first = senses[0];
        var word = Shown(first, entry.Lemma);
        var sentences = new List<string>();
        if (match.CorrectedFrom is not null) sentences.Add($"I think you mean “{word}”.");
        sentences.Add(Sentence($"“{word}” means {Meant(first, audience)}"));
        if (first.Examples.FirstOrDefault(e => Mentions(e, entry.Lemma)) is { } example) sentences.Add($"For example: “{example}”.");
        AddOtherMeanings(sentences, senses, entry.Lemma, audience);
        return new OfflineAnswer(OfflineAnswerKind.FromDictionary, sentences, entry.Lemma);
    }

    private OfflineAnswer Named(ResearchQuery query, Audience audience)
    {
        var term = query.Terms[0];
        if (wordNet.Lookup(term, WordClass.Noun, correctSpelling: IsOneWord(term)) is not { } match)
            return IsOneWord(term) ? Unknown(term, audience) : NeedsConnection(query, audience);
        var senses = wordNet.Senses(match.Entry).ToList();
        if (senses.FirstOrDefault(s => s.IsInstance) is not { } named)
            return query.Shape == QueryShape.Who ? Definition(match, term, "a", audience) : NeedsConnection(query, audience);
        var name = Shown(named, match.Entry.Lemma);
        var sentences = new List<string>();
        if (match.CorrectedFrom is not null) sentences.Add($"I think you mean {name}.");
        var verb = Lifetime(named) is { Died: not null } ? "was" : "is";
        sentences.Add(Sentence($"{name} {verb} {Predicate(named, audience)}"));
        AddLifetime(sentences, named, match.Entry.Lemma);
        return new OfflineAnswer(OfflineAnswerKind.FromDictionary, sentences, match.Entry.Lemma);
    }

    private OfflineAnswer Difference(ResearchQuery query, Audience audience)
    {
        var matches = query.Terms.Select(t => wordNet.Lookup(t, WordClass.Noun) ?? WordClasses.All.Skip(1).Select(c => wordNet.Lookup(t, c)).OfType<WordMatch>().FirstOrDefault()).ToList();
        if (matches.IndexOf(null) is var missing and >= 0) return IsOneWord(query.Terms[missing]) ? Unknown(query.Terms[missing], audience) : NeedsConnection(query, audience);
        var (a, b) = (matches[0]!, matches[1]!);
        var (senseA, senseB, kind) = Closest(wordNet.Senses(a.Entry).Take(3).ToList(), wordNet.Senses(b.Entry).Take(3).ToList());
        var sentences = new List<string>();
        if (senseA.Offset == senseB.Offset && senseA.Class == senseB.Class)
            sentences.Add(Capitalise($"“{Shown(senseA, a.Entry.Lemma)}” and “{Shown(senseB, b.Entry.Lemma)}” mean the same thing."));
        else if (kind is not null)
            sentences.Add($"Both are kinds of {kind}, but they are not the same.");
        foreach (var (match, sense) in new[] { (a, senseA), (b, senseB) })
            sentences.Add(sense.Class == WordClass.Noun
                ? Sentence($"{Subject(sense, match.Entry.Lemma, "a")} is {Predicate(sense, audience)}")
                : Sentence($"“{Shown(sense, match.Entry.Lemma)}” means {Meant(sense, audience)}"));
        return new OfflineAnswer(OfflineAnswerKind.FromDictionary, sentences.Distinct().ToList(), $"{a.Entry.Lemma}/{b.Entry.Lemma}");
    }

    /// <summary>
    /// The senses of two words that are closest kin ("alligator" the reptile, not the leather, beside "crocodile") and the
    /// nearest kind both belong to, unless that is so general ("entity", "object") it says nothing.
    /// </summary>
    private (Synset A, Synset B, string? Kind) Closest(List<Synset> sensesA, List<Synset> sensesB)
    {
        (Synset A, Synset B, string? Kind, int Depth) best = (sensesA[0], sensesB[0], null, 0);
        foreach (var a in sensesA)
        {
            var aboveA = new[] { a }.Concat(wordNet.Ancestors(a)).ToList();
            foreach (var b in sensesB)
            {
                if (new[] { b }.Concat(wordNet.Ancestors(b)).FirstOrDefault(x => aboveA.Any(y => y.Offset == x.Offset && y.Class == x.Class)) is not { } shared) continue;
                var depth = wordNet.Ancestors(shared).Count();
                if (depth > best.Depth) best = (a, b, depth >= 4 ? shared.Words[0] : null, depth);
            }
        }
        return (best.A, best.B, best.Kind);
    }

    private OfflineAnswer NeedsConnection(ResearchQuery query, Audience audience)
    {
        var sentences = new List<string> { Connected(audience) };
        foreach (var subject in query.Subjects)
        {
            // A subject is "the moon" or "a spider" as the visitor wrote it, or a bare word.
            var split = subject.IndexOf(' ');
            var (article, word) = split > 0 && subject[..split] is "a" or "an" or "the" ? (subject[..split], subject[(split + 1)..]) : (null, subject);
            if (wordNet.Lookup(word, WordClass.Noun, correctSpelling: false) is not { } match) continue;
            var sense = wordNet.Senses(match.Entry).First();
            var named = char.IsUpper(Shown(sense, match.Entry.Lemma)[0]);
            var shown = Subject(sense, match.Entry.Lemma, named ? null : article == "the" ? "the" : "a");
            if (!named) shown = char.ToLowerInvariant(shown[0]) + shown[1..];
            sentences.Add($"Here is what I do know: {shown} is {Predicate(sense, audience)}.");
            // WordNet's own example may hold the very fact asked for ("the average distance to the Moon is 384,400 kilometers").
            if (sense.Examples.FirstOrDefault(e => Mentions(e, match.Entry.Lemma)) is { } example) sentences.Add($"The dictionary gives this example: “{example}”.");
            return new OfflineAnswer(OfflineAnswerKind.NeedsConnection, sentences, match.Entry.Lemma);
        }
        return new OfflineAnswer(OfflineAnswerKind.NeedsConnection, sentences);
    }

    private static OfflineAnswer Unknown(string term, Audience audience) => new(OfflineAnswerKind.UnknownWord,
    [
        audience == Audience.Children ? $"Hmm, I don't know the word “{term}”, and I don't want to guess." : $"I don't know the word “{term}”, and I'd rather not guess.",
        "I can look it up when I'm connected.",
    ]);

    /// <summary>The kind opening of every answer that needs the connected storyteller.</summary>
    public static string Connected(Audience audience) => audience == Audience.Children
        ? "That's a great question! I can only answer it when I'm connected."
        : "I can only answer that when I'm connected.";

    private void AddOtherMeanings(List<string> sentences, List<Synset> senses, string lemma, Audience audience)
    {
        var more = audience switch { Audience.Children => 0, Audience.Teens => 1, _ => 2 };
        foreach (var other in senses.Skip(1).Take(more))
            sentences.Add(Sentence($"“{Shown(other, lemma)}” can also mean {Meant(other, audience)}"));
    }

    private static void AddLifetime(List<string> sentences, Synset sense, string lemma)
    {
        if (!sense.IsInstance || Lifetime(sense) is not { } life) return;
        var name = Shown(sense, lemma);
        sentences.Add(life.Died is { } died ? $"{name} lived from {life.Born} to {died}." : $"{name} was born in {life.Born}.");
    }

    /// <summary>A sense's definition after "means": "to move fast..." for a verb, the definition as it is otherwise.</summary>
    private static string Meant(Synset sense, Audience audience) =>
        sense.Class == WordClass.Verb ? $"to {Predicate(sense, audience)}" : Predicate(sense, audience);

    private static bool Mentions(string example, string lemma) =>
        example.Contains(lemma.Replace('_', ' ')[..Math.Min(lemma.Length, Math.Max(3, lemma.Length - 2))], StringComparison.OrdinalIgnoreCase);

    private static bool IsOneWord(string term) => !term.Trim().Contains(' ');
}

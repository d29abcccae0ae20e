using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Generation.Offline.Ideas;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Generation.Offline.Ideas;

public class IdeaReaderTests
{
    public static TheoryData<int> Cases() => new(Enumerable.Range(0, IdeaCorpus.All.Length));

    internal static StoryIdea Read(IdeaCase c) => IdeaReader.Read(new StorySeed
    {
        Prompt = c.Prompt, Genre = c.Genre, Characters = c.Characters, Place = c.PlaceElement, StoryObject = c.ObjectElement,
    });

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reads_the_labelled_idea(int index)
    {
        var c = IdeaCorpus.All[index];
        var idea = Read(c);
        var context = $"{c} → {idea}";
        Check(c.Hero, idea.Hero?.Description, "hero", context);
        Check(c.Name, idea.Hero?.Name, "name", context);
        Check(c.ShortName, idea.Hero?.ShortName, "short name", context);
        Check(c.Pronoun, idea.Hero?.Pronouns.Subject, "pronoun", context);
        Check(c.Place, idea.Place is null ? null : $"{idea.Place.Preposition} {idea.Place.NounPhrase}", "place", context);
        if (c.Setting is { } setting) Assert.True(setting == idea.Place?.Setting, $"setting: {context}");
        Check(c.Object, idea.Object?.Noun, "object", context);
        Check(c.Detail, idea.Object?.Detail, "detail", context);
        Check(c.Goal, idea.Goal, "goal", context);
        Check(c.Event, idea.Event?.Base, "event", context);
        if (c.Other is { } other)
            Assert.True(idea.Others.Any(o => o.Description == other), $"other '{other}': {context}");
    }

    private static void Check(string? expected, string? actual, string field, string context)
    {
        if (expected is null) return;
        Assert.True(expected == IdeaCase.None ? actual is null : expected == actual,
            $"{field}: expected '{expected}', got '{actual}' in {context}");
    }

    [Fact]
    public void Never_returns_a_phrase_that_stops_half_way()
    {
        string[] dangling = ["a", "an", "the", "of", "in", "to", "and", "with", "her", "his", "my", "that", "who"];
        foreach (var c in IdeaCorpus.All)
        {
            var idea = Read(c);
            var phrases = new[]
            {
                idea.Hero?.Description, idea.Goal, idea.Event?.Base, idea.Event?.Past, idea.Object?.Noun, idea.Object?.Detail,
                idea.Place?.NounPhrase,
            }.Concat(idea.Others.Select(o => o.Description)).OfType<string>();
            foreach (var phrase in phrases)
            {
                Assert.False(phrase.Trim().Length == 0, $"empty phrase in {c}");
                var last = phrase.Split(' ')[^1];
                Assert.False(dangling.Contains(last) || last.EndsWith("'s") || last.EndsWith('.'), $"'{phrase}' in {c}");
            }
        }
    }

    [Fact]
    public void The_inciting_deed_comes_in_every_form()
    {
        var deed = Read(IdeaCorpus.All[0]).Event!;
        Assert.Equal(new IdeaAction("find a message in a bottle", "found a message in a bottle", "finding a message in a bottle",
            "finds a message in a bottle"), deed);
    }

    [Fact]
    public void A_guessed_pronoun_is_the_same_every_time_and_for_the_same_hero()
    {
        var first = IdeaReader.Read(Seed("a tired engineer on a generation ship hears knocking from the hull")).Hero!.Pronouns;
        var again = IdeaReader.Read(Seed("a tired engineer on a generation ship hears knocking from the hull")).Hero!.Pronouns;
        Assert.Equal(first, again);
        Assert.Contains(first, new[] { Pronouns.She, Pronouns.He });
        // The idea's own pronouns decide over the coin toss.
        Assert.Equal(Pronouns.He, IdeaReader.Read(Seed("a dragon who lost his way home")).Hero!.Pronouns);
        Assert.Equal(Pronouns.She, IdeaReader.Read(Seed("a dragon who lost her way home")).Hero!.Pronouns);
    }

    [Fact]
    public void Reading_is_deterministic()
    {
        foreach (var c in IdeaCorpus.All) Assert.Equal(Read(c).ToString(), Read(c).ToString());
    }

    [Fact]
    public void Very_long_and_empty_text_is_read_without_failing()
    {
        var longIdea = string.Concat(Enumerable.Repeat("a brave knight rides through the dark forest and ", 200)) + "finds a sword";
        Assert.Equal("brave knight", IdeaReader.Read(Seed(longIdea)).Hero?.Description);
        var empty = IdeaReader.Read(Seed(""));
        Assert.Null(empty.Hero);
        Assert.Null(empty.Event);
    }

    [Fact]
    public void Possessives_of_the_idea_become_the_heros()
    {
        var idea = IdeaReader.Read(Seed("I lose my hat in the snow", characters: ["Hugo, a retired detective"]));
        Assert.Equal("Hugo", idea.Hero?.ShortName);
        Assert.Equal(Pronouns.He, idea.Hero?.Pronouns);
        Assert.Equal("lose his hat in the snow", idea.Event?.Base);
        Assert.Equal("find his hat", idea.Goal);
    }

    [Fact]
    public void A_named_element_of_another_gender_makes_the_ideas_pronouns_its_own()
    {
        var idea = IdeaReader.Read(Seed("a boy loses his hat in the snow", characters: ["Nell"]));
        Assert.Equal("Nell", idea.Hero?.Name);
        Assert.Equal(Pronouns.She, idea.Hero?.Pronouns);
        Assert.Equal("lose her hat in the snow", idea.Event?.Base);
        Assert.Equal("find her hat", idea.Goal);
    }

    [Fact]
    public void The_corpus_covers_every_genre()
    {
        Assert.All(Genres.All, g => Assert.True(IdeaCorpus.All.Count(c => c.Genre == g) >= 5, g));
        Assert.True(IdeaCorpus.All.Length >= 60);
    }

    private static StorySeed Seed(string prompt, IReadOnlyList<string>? characters = null) =>
        new() { Prompt = prompt, Genre = "Fantasy", Characters = characters ?? [] };
}

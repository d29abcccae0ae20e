using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Ask.Research;
using StoryExhibit.Core.Ask.Research.Offline;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Ask.Research;

/// <summary>Offline answers from Debian's WordNet: definitions found, people and places, differences, honest refusals, children's phrasing.</summary>
public sealed class OfflineResearcherTests : IDisposable
{
    private readonly OfflineResearcher _researcher = new(Options.Create(new ResearchOptions()), NullLogger<OfflineResearcher>.Instance);

    public void Dispose() => _researcher.Dispose();

    private OfflineAnswer Ask(string question, Audience audience = Audience.Adults) =>
        _researcher.Answer(new ResearchQuestion(question, audience, ContentRating.Gentle));

    public static TheoryData<ResearchCorpusEntry> Corpus => [.. ResearchCorpus.All];

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Every_labelled_question_is_answered_from_the_dictionary_or_honestly_declined(ResearchCorpusEntry entry)
    {
        foreach (var audience in Enum.GetValues<Audience>())
        {
            var answer = Ask(entry.Question, audience);
            if (entry.ExpectAnswered)
            {
                Assert.Equal(OfflineAnswerKind.FromDictionary, answer.Kind);
                Assert.Equal(entry.AnsweredAbout, answer.Word);
                Assert.DoesNotContain("connected", answer.Text);
            }
            else
            {
                Assert.Contains(answer.Kind, new[] { OfflineAnswerKind.NeedsConnection, OfflineAnswerKind.UnknownWord });
                Assert.Contains("when I'm connected", answer.Text);
            }
        }
    }

    [Fact]
    public void A_definition_becomes_a_friendly_sentence_with_what_kind_of_thing_it_is()
    {
        var answer = Ask("What is a narwhal?", Audience.Children);

        var octopus = Ask("what is an octopus", Audience.Children);

        Assert.Equal(["A narwhal is a small Arctic whale the male having a long spiral ivory tusk."], answer.Sentences); // "whale" says its kind already
        Assert.StartsWith("An octopus is a bottom-living cephalopod", octopus.Sentences[0]); // the animal, not the dish WordNet lists first
        Assert.Matches(@"^It is a kind of [a-z ]+\.$", octopus.Sentences[^1]);
    }

    [Fact]
    public void Children_get_the_first_meaning_in_short_and_adults_the_others_too()
    {
        var children = Ask("what is a bat", Audience.Children);
        var adults = Ask("what is a bat", Audience.Adults);

        Assert.StartsWith("A bat is a nocturnal mouselike mammal", children.Text);
        Assert.DoesNotContain("can also mean", children.Text);
        Assert.DoesNotContain(";", children.Text);
        Assert.Contains("“bat” can also mean", adults.Text, StringComparison.OrdinalIgnoreCase);
        Assert.True(children.Text.Length < adults.Text.Length);
    }

    [Fact]
    public void A_question_a_dictionary_cannot_answer_says_so_kindly_and_gives_what_it_knows()
    {
        var answer = Ask("How far away is the moon?", Audience.Children);

        Assert.Equal(OfflineAnswerKind.NeedsConnection, answer.Kind);
        Assert.Equal(["That's a great question! I can only answer it when I'm connected.", "Here is what I do know: the moon is the natural satellite of the Earth.",
            "The dictionary gives this example: “the average distance to the Moon is 384,400 kilometers”."], answer.Sentences); // WordNet's own words, nothing made up
    }

    [Fact]
    public void A_word_the_dictionary_does_not_know_is_never_guessed()
    {
        var answer = Ask("what is a snorklewhumpus?");

        Assert.Equal(OfflineAnswerKind.UnknownWord, answer.Kind);
        Assert.Equal(["I don't know the word “snorklewhumpus”, and I'd rather not guess.", "I can look it up when I'm connected."], answer.Sentences);
    }

    [Fact]
    public void People_are_named_in_full_with_their_lifetime()
    {
        var answer = Ask("who was einstein?", Audience.Teens);

        Assert.StartsWith("Albert Einstein was a physicist born in Germany", answer.Text);
        Assert.Contains("Albert Einstein lived from 1879 to 1955.", answer.Sentences);
        Assert.DoesNotContain("(1879-1955)", answer.Text);
    }

    [Fact]
    public void A_place_is_answered_from_its_dictionary_entry()
    {
        var answer = Ask("where is paris", Audience.Children);

        Assert.Equal("Paris is the capital and largest city of France.", answer.Sentences[0]);
    }

    [Fact]
    public void A_word_asked_about_without_an_article_is_the_subject_on_its_own()
    {
        Assert.StartsWith("Gravity is the force of attraction", Ask("What is gravity?").Text);
        Assert.StartsWith("The moon is the natural satellite of the Earth.", Ask("what is the moon").Text);
    }

    [Fact]
    public void A_thing_named_otherwise_in_the_dictionary_is_answered_with_its_name()
    {
        var answer = Ask("What is the capital of France?", Audience.Children);

        Assert.Equal(["The capital of France is Paris.", "Paris is the capital and largest city of France."], answer.Sentences);
    }

    [Fact]
    public void A_misspelled_word_is_corrected_and_says_so()
    {
        var answer = Ask("wat is a dinosor", Audience.Children);

        Assert.Equal("I think you mean “dinosaur”.", answer.Sentences[0]);
        Assert.StartsWith("A dinosaur is ", answer.Sentences[1]);
    }

    [Fact]
    public void A_difference_names_what_both_are_and_defines_each()
    {
        var answer = Ask("What is the difference between an alligator and a crocodile?", Audience.Children);

        Assert.StartsWith("Both are kinds of", answer.Sentences[0]);
        Assert.StartsWith("An alligator is", answer.Sentences[1]);
        Assert.StartsWith("A crocodile is", answer.Sentences[2]);
    }

    [Fact]
    public void A_meaning_is_given_for_a_verb_or_an_adjective_with_an_example()
    {
        var verb = Ask("what does gallop mean?");
        var adjective = Ask("What does enormous mean?");

        Assert.StartsWith("“Gallop” means to ", verb.Text);
        Assert.StartsWith("“Enormous” means extraordinarily large", adjective.Text);
    }

    [Fact]
    public void Without_the_wordnet_files_it_declines_honestly_and_logs_it_once()
    {
        var logs = new CapturedLogs();
        using var factory = logs.Factory();
        using var researcher = new OfflineResearcher(Options.Create(new ResearchOptions { WordNetFolder = Path.Combine(Path.GetTempPath(), "no-wordnet-here") }),
            factory.CreateLogger<OfflineResearcher>());

        var first = researcher.Answer(new ResearchQuestion("What is a narwhal?", Audience.Adults, ContentRating.Gentle));
        var second = researcher.Answer(new ResearchQuestion("What is a comet?", Audience.Children, ContentRating.Gentle));

        Assert.Equal(OfflineAnswerKind.NoDictionary, first.Kind);
        Assert.Equal("I can only answer that when I'm connected.", first.Text);
        Assert.Equal("That's a great question! I can only answer it when I'm connected.", second.Text);
        Assert.Single(logs.Lines, l => l.Level == LogLevel.Warning && l.Message.Contains("WordNet"));
    }
}

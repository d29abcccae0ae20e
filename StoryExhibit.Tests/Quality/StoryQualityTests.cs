using Xunit.Abstractions;

namespace StoryExhibit.Tests.Quality;

/// <summary>
/// Issue 10's goals for the offline storyteller's prose, held on the small idea set (one per genre, every
/// audience, rating and ending), so a regression fails the build. The full set is measured by the
/// benchmark: dotnet run -c Release --project benchmarks/StoryExhibit.Benchmarks -- quality
/// </summary>
public class StoryQualityTests(ITestOutputHelper output)
{

    // Played (under a second) and judged by link-grammar (a few seconds) once for all the tests of the class, on first use.
    private static readonly Lazy<Task<IReadOnlyList<PlayedIdea>>> Played = new(() => QualityPlayer.PlayAll(VisitorIdeas.Small));
    private static readonly Lazy<Task<QualityFigures>> SmallSet = new(async () => await StoryQualityReport.Measure(await Played.Value));

    private async Task<QualityFigures> Figures()
    {
        var figures = await SmallSet.Value;
        output.WriteLine(StoryQualityReport.Format(figures));
        return figures;
    }

    [Fact]
    public async Task Link_grammar_parses_at_least_95_percent_of_the_sentences()
    {
        var figures = await Figures();
        Assert.True(figures.ParsedShare >= 0.95, $"link-grammar parses {figures.ParsedShare:P1} of the sentences fully.");
    }

    [Fact]
    public async Task Every_a_and_an_agrees_with_the_sound_after_it()
    {
        Assert.Empty((await Figures()).ArticleErrorSamples);
    }

    [Fact]
    public async Task The_first_scene_names_the_hero_place_and_object_the_idea_names()
    {
        Assert.Empty(StoryQualityReport.NamingMisses(await Played.Value));
    }

    [Fact]
    public async Task Sibling_scenes_share_at_most_10_percent_of_their_sentences()
    {
        var figures = await Figures();
        Assert.True(figures.SiblingShareMean <= 0.10,
            $"Sibling scenes share {figures.SiblingShareMean:P1} of their sentences on average (at most {figures.SiblingShareMax:P1}).");
    }

    [Fact]
    public async Task No_sentence_is_repeated_within_a_story_path()
    {
        var figures = await Figures();
        Assert.True(figures.RepeatedSentences == 0, $"{figures.RepeatedSentences} repeated sentences, e.g. \"{figures.RepeatedSentenceSample}\".");
    }

    [Fact]
    public async Task A_visitors_own_choice_is_acted_on_not_quoted()
    {
        Assert.Empty((await Figures()).OwnChoiceMisses);
    }

    // The goal is under 4 words; the engine is at 5-6 (a place's few sense details come round again in long
    // paths). This holds what has been reached (the old engine repeated 8-word phrases) until the goal is.
    [Fact]
    public async Task No_phrase_of_seven_or_more_words_is_repeated_more_than_twice_in_a_path()
    {
        var phrase = (await Figures()).LongestRepeatedPhrase;
        Assert.True(phrase is null || phrase.Words < 7, $"\"{phrase?.Phrase}\" occurs {phrase?.Count} times in one path.");
    }
}

namespace StoryExhibit.Tests.Quality;

public class LinkGrammarJudgeTests
{
    [Fact]
    public async Task Rejects_clear_errors_and_parses_good_sentences()
    {
        string[] sentences =
        [
            "She opened a bottle.", "She opened an bottle.",
            "The dragons were not far now.", "The dragons was not far now.",
            "He goes home.", "He go home.",
            "The the door opened.",
            "“Where are you going?” asked Mara.",
        ];
        var verdicts = await LinkGrammarJudge.JudgeAsync(sentences);
        Assert.Equal([true, false, true, false, true, false, false, true], verdicts);
    }

    [Fact]
    public async Task Typographic_quotes_and_apostrophes_are_judged_like_straight_ones()
    {
        string[] sentences =
        [
            "“I smell rain on warm stone!”", "\"I smell rain on warm stone!\"",
            "Then Mira had a new idea: “She opens the bottle.”", "It was Pip’s turn, and the hedgehog’s nose twitched.",
        ];
        Assert.All(await LinkGrammarJudge.JudgeAsync(sentences), Assert.True);
    }

    [Fact]
    public async Task Many_sentences_map_back_to_their_verdicts_whatever_their_lines_hold()
    {
        string[] names = ["Mira", "Pip", "Alder", "Ortiz", "Rosa", "Zara", "Bell", "Anansi"];
        var sentences = new List<string>();
        var expected = new List<bool>();
        for (var i = 0; i < 400; i++)
        {
            var name = names[i % names.Length];
            // Lines starting with "*" (batch mode's "expected to fail"), "!" (a command) or "%" (a comment) are judged as sentences.
            (string Text, bool Parses) item = (i % 7) switch
            {
                0 => ($"{name} opened a bottle.", true),
                1 => ($"{name} opened an bottle.", false),
                2 => ($"{name} opened\na bottle\r\nat night.", true),
                3 => ($"*{name} opened an bottle.", false),
                4 => ($"!{name} opened a bottle.", true),
                5 => ($"!{name} opened an bottle.", false),
                _ => ($"%{name} opened a bottle.", true),
            };
            sentences.Add(item.Text);
            expected.Add(item.Parses);
        }
        sentences.Add("");
        expected.Add(false);
        sentences.Add("She opened a bottle.");
        expected.Add(true);

        Assert.Equal(expected, await LinkGrammarJudge.JudgeAsync(sentences));
    }
}

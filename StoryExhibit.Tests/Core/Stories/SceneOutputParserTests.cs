using StoryExhibit.Core.Stories;

namespace StoryExhibit.Tests.Core.Stories;

public sealed class SceneOutputParserTests
{
    private const string P1 = "The lantern flickered as Mira stepped inside.";
    private const string P2 = "A fox watched her from the ferns.";
    private const string Prose = P1 + "\n\n" + P2;
    private const string Fox = "Follow the fox into the ferns";
    private const string Door = "Knock on the lighthouse door";
    private const string Boat = "Row the boat out to sea";

    /// <summary>name, answer, expected prose, expected choices (null: made up), ending, repaired.</summary>
    public static TheoryData<string, string, string, string[]?, bool, bool> Corpus => new()
    {
        // well-formed
        { "canonical", $"{Prose}\n\n{SceneFormat.ChoicesHeading}\n1. {Fox}\n2. {Door}", Prose, [Fox, Door], false, false },
        { "canonical three, CRLF", $"{P1}\r\n\r\n{P2}\r\n\r\n{SceneFormat.ChoicesHeading}\r\n1. {Fox}\r\n2. {Door}\r\n3. {Boat}\r\n", Prose, [Fox, Door, Boat], false, false },
        { "ending", $"{Prose}\n\nTHE END", Prose, [], true, false },
        // other headings
        { "Choices: with 1)", $"{Prose}\n\nChoices:\n1) {Fox}\n2) {Door}", Prose, [Fox, Door], false, false },
        { "bold question with A.", $"{Prose}\n\n**What will you do?**\nA. {Fox}\nB. {Door}\nC. {Boat}", Prose, [Fox, Door, Boat], false, false },
        { "h2 with dashes", $"{Prose}\n\n## What happens next?\n\n- {Fox}\n- {Door}", Prose, [Fox, Door], false, false },
        { "plain question with (1)", $"{Prose}\n\nWhat happens next?\n(1) {Fox}\n(2) {Door}", Prose, [Fox, Door], false, false },
        { "h1 Options with stars and bullets", $"{Prose}\n\n# Options\n* {Fox}\n• {Door}", Prose, [Fox, Door], false, false },
        { "h4 bold heading with a)", $"{Prose}\n\n#### **Your choices:**\na) {Fox}\nb) {Door}", Prose, [Fox, Door], false, false },
        { "what will Mira do", $"{Prose}\n\nWhat will Mira do?\n1. {Fox}\n2. {Door}", Prose, [Fox, Door], false, false },
        { "rule then bold Choices", $"{Prose}\n\n---\n\n**Choices:**\n\n1. {Fox}\n\n2. {Door}\n", Prose, [Fox, Door], false, false },
        { "heading with unnumbered lines", $"{Prose}\n\n### What happens next?\n{Fox}\n{Door}", Prose, [Fox, Door], false, false },
        // no heading
        { "numbered list after prose", $"{Prose}\n\n1. {Fox}\n2. {Door}", Prose, [Fox, Door], false, false },
        { "Option N:", $"{Prose}\n\nOption 1: {Fox}\nOption 2: {Door}", Prose, [Fox, Door], false, false },
        { "bold Option N:", $"{Prose}\n\n**Option 1:** {Fox}\n**Option 2:** {Door}", Prose, [Fox, Door], false, false },
        // choice decoration
        { "quoted and bold choices", $"{Prose}\n\n### What happens next?\n1. \"{Fox}\"\n2. **{Door}**\n3. “{Boat}”", Prose, [Fox, Door, Boat], false, false },
        { "bold numbers", $"{Prose}\n\n### What happens next?\n**1.** {Fox}\n**2.** {Door}", Prose, [Fox, Door], false, false },
        { "italic choices", $"{Prose}\n\n### What happens next?\n1. *{Fox}*\n2. _{Door}_", Prose, [Fox, Door], false, false },
        { "chatter after choices is ignored", $"{Prose}\n\n### What happens next?\n1. {Fox}\n2. {Door}\n\nLet me know what you choose!", Prose, [Fox, Door], false, false },
        // cleaning
        { "more than three", $"{Prose}\n\n### What happens next?\n1. {Fox}\n2. {Door}\n3. {Boat}\n4. Go to sleep right here", Prose, [Fox, Door, Boat], false, true },
        { "duplicates", $"{Prose}\n\n### What happens next?\n1. {Fox}.\n2. {Fox.ToUpperInvariant()}!\n3. {Door}", Prose, [Fox + ".", Door], false, true },
        { "empty choice", $"{Prose}\n\n### What happens next?\n1. {Fox}\n2. **\n3. {Door}", Prose, [Fox, Door], false, true },
        // endings
        { "The End.", $"{Prose}\n\nThe End.", Prose, [], true, false },
        { "*The End*", $"{Prose}\n\n*The End*", Prose, [], true, false },
        { "### THE END", $"{Prose}\n\n### THE END", Prose, [], true, false },
        { "inline THE END", $"{P1}\n\n{P2} THE END", Prose, [], true, false },
        { "chatter after the end", $"{Prose}\n\nTHE END\n\nI hope you enjoyed this story!", Prose, [], true, false },
        { "ending with choices", $"{Prose}\n\n### What happens next?\n1. {Fox}\n2. {Door}\n\nTHE END", Prose, [], true, true },
        // titles
        { "# Scene 3", $"# Scene 3\n\n{Prose}\n\n### What happens next?\n1. {Fox}\n2. {Door}", Prose, [Fox, Door], false, false },
        { "Scene 3:", $"Scene 3:\n{Prose}\n\n### What happens next?\n1. {Fox}\n2. {Door}", Prose, [Fox, Door], false, false },
        { "bold chapter title", $"**Chapter Two: The Lighthouse**\n\n{Prose}\n\n### What happens next?\n1. {Fox}\n2. {Door}", Prose, [Fox, Door], false, false },
        { "Scene label before prose", $"Scene 3: {Prose}\n\n### What happens next?\n1. {Fox}\n2. {Door}", Prose, [Fox, Door], false, false },
        { "markdown title", $"## The Lighthouse\n{Prose}\n\n### What happens next?\n1. {Fox}\n2. {Door}", Prose, [Fox, Door], false, false },
        { "preamble", $"Sure! Here is the next scene:\n\n{Prose}\n\n### What happens next?\n1. {Fox}\n2. {Door}", Prose, [Fox, Door], false, false },
        { "what happens next is up to you", $"{Prose}\n\nWhat happens next is up to you:\n1. {Fox}\n2. {Door}", Prose, [Fox, Door], false, false },
        { "what do you want to do", $"{Prose}\n\n*What do you want to do?*\n1. {Fox}\n2. {Door}", Prose, [Fox, Door], false, false },
        { "1 - numbering", $"{Prose}\n\nChoices:\n1 - {Fox}\n2 - {Door}", Prose, [Fox, Door], false, false },
        { "Choice A:", $"{Prose}\n\n**Choice A:** {Fox}\n**Choice B:** {Door}", Prose, [Fox, Door], false, false },
        { "bold label in choice", $"{Prose}\n\n### What happens next?\n1. **The fox:** {Fox}\n2. **The door:** {Door}", Prose, [$"The fox: {Fox}", $"The door: {Door}"], false, false },
        { "list inside the story", $"She read the rules:\n1. Never open the door\n2. Never follow the fox\n\n{P1}\n\n### What happens next?\n1. {Fox}\n2. {Door}",
            $"She read the rules:\n1. Never open the door\n2. Never follow the fox\n\n{P1}", [Fox, Door], false, false },
        { "scene break in prose", $"{P1}\n\n* * *\n\n{P2}\n\n### What happens next?\n1. {Fox}\n2. {Door}", $"{P1}\n\n* * *\n\n{P2}", [Fox, Door], false, false },
        // prose shape
        { "many blank lines", $"\n\n{P1}\n\n\n\n{P2}\n\n\n### What happens next?\n\n\n1. {Fox}\n2. {Door}\n\n", Prose, [Fox, Door], false, false },
        { "question in prose stays", $"Who could it be?\n\n{P1}\n\n### What happens next?\n1. {Fox}\n2. {Door}", $"Who could it be?\n\n{P1}", [Fox, Door], false, false },
        { "single line breaks kept", $"{P1}\n{P2}\n\n### What happens next?\n1. {Fox}\n2. {Door}", $"{P1}\n{P2}", [Fox, Door], false, false },
        // JSON
        { "json", $$"""{"scene": "{{P1}}\n\n{{P2}}", "choices": ["{{Fox}}", "{{Door}}"]}""", Prose, [Fox, Door], false, false },
        { "json fenced", $$"""```json{{"\n"}}{"scene": "{{P1}}\n\n{{P2}}", "choices": ["{{Fox}}", "{{Door}}", "{{Boat}}"]}{{"\n"}}```""", Prose, [Fox, Door, Boat], false, false },
        { "json ending", $$"""{"scene": "{{P1}}", "choices": [], "is_ending": true}""", P1, [], true, false },
        { "json choice objects", $$"""{"prose": "{{P1}}", "options": [{"text": "{{Fox}}"}, {"text": "{{Door}}"}]}""", P1, [Fox, Door], false, false },
        { "json cut in last choice", $$"""{"scene": "{{P1}}", "choices": ["{{Fox}}", "{{Door}}", "Row the boat""", P1, [Fox, Door, "Row the boat"], false, false },
        { "json cut in last choice, dropped", $$"""{"scene": "{{P1}}", "choices": ["{{Fox}}", "{{Door}}", "Row""", P1, [Fox, Door], false, true },
        { "json with THE END in prose", $$"""{"scene": "{{P1}}\n\nTHE END", "choices": []}""", P1, [], true, false },
        { "json cut in prose", $$"""{"scene": "{{P1}} The wi""", P1 + " The wi", null, false, true },
        { "short last choice of a finished answer", $"{Prose}\n\n### What happens next?\n1. {Fox}\n2. Run away", Prose, [Fox, "Run away"], false, false },
        // cut off by the end of the stream
        { "cut in last choice, kept", $"{Prose}\n\n### What happens next?\n1. {Fox}\n2. Knock on the", Prose, [Fox, "Knock on the"], false, false },
        { "cut in last choice, dropped", $"{Prose}\n\n### What happens next?\n1. {Fox}\n2. {Door}\n3. Row th", Prose, [Fox, Door], false, true },
        { "cut leaves one choice", $"{Prose}\n\n### What happens next?\n1. {Fox}\n2. Kno", Prose, null, false, true },
        { "cut in heading", $"{Prose}\n\n### What happ", Prose, null, false, true },
        { "heading with no choices", $"{Prose}\n\n### What happens next?\n", Prose, null, false, true },
        { "bold heading with no choices", $"{Prose}\n\n**What will you do?**", Prose, null, false, true },
        { "cut in prose", "The lantern flick", "The lantern flick", null, false, true },
        { "prose only", Prose, Prose, null, false, true },
        { "empty", "", "", null, false, true },
        { "whitespace", " \r\n\t\n ", "", null, false, true },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Parses_the_corpus(string name, string text, string prose, string[]? choices, bool ending, bool repaired)
    {
        var output = SceneOutputParser.Parse(text, "Fantasy", cutOff: name.StartsWith("cut", StringComparison.Ordinal));

        Assert.True(prose == output.Prose, $"{name}: prose was \"{output.Prose}\"");
        if (choices is null)
        {
            Assert.Equal(2, output.Choices.Count);
            Assert.Equal(output.Choices.Count, output.Choices.Select(c => c.ToLowerInvariant()).Distinct().Count());
            Assert.All(output.Choices, c => Assert.False(string.IsNullOrWhiteSpace(c)));
        }
        else Assert.Equal(choices, output.Choices);
        Assert.True(ending == output.IsEnding, $"{name}: IsEnding");
        Assert.True(repaired == output.Repaired, $"{name}: Repaired");
        Assert.All(output.Choices, c => Assert.DoesNotContain(c, output.Prose));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    public void ProseSoFar_of_a_finished_answer_is_its_prose(string name, string text, string prose, string[]? choices, bool ending, bool repaired)
    {
        _ = (choices, ending, repaired);
        if (name.StartsWith("cut", StringComparison.Ordinal) || name.StartsWith("json cut", StringComparison.Ordinal)) return; // unfinished lines are held back
        Assert.True(prose == SceneOutputParser.ProseSoFar(text), $"{name}: \"{SceneOutputParser.ProseSoFar(text)}\"");
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("The lantern", "The lantern")]
    [InlineData("The", "The")]
    [InlineData("What", "What")]
    [InlineData("So", "So")]
    [InlineData("A", "A")]
    [InlineData("# Scene 3\n\nThe", "The")]
    [InlineData("The lantern flickered.\n\nThe", "The lantern flickered.")]
    [InlineData("The lantern flickered.\n\nA", "The lantern flickered.")]
    [InlineData("The lantern flickered.\n\nSo", "The lantern flickered.\n\nSo")]
    [InlineData("Sure", "")]
    [InlineData("The lantern flickered.\n\nA fox", "The lantern flickered.\n\nA fox")]
    [InlineData("The lantern flickered.\n\n#", "The lantern flickered.")]
    [InlineData("The lantern flickered.\n\n### What hap", "The lantern flickered.")]
    [InlineData("The lantern flickered.\n\n### What happens next?\n", "The lantern flickered.")]
    [InlineData("The lantern flickered.\n\n### What happens next?\n1. Fol", "The lantern flickered.")]
    [InlineData("The lantern flickered.\n\nWhat hap", "The lantern flickered.")]
    [InlineData("The lantern flickered.\n\nChoices:\n", "The lantern flickered.")]
    [InlineData("The lantern flickered.\n1. Follow", "The lantern flickered.")]
    [InlineData("The lantern flickered.\n- Follow the fox\n", "The lantern flickered.")]
    [InlineData("The lantern flickered.\n\n**What will", "The lantern flickered.")]
    [InlineData("The lantern flickered.\n\nTHE E", "The lantern flickered.")]
    [InlineData("The lantern flickered.\n\nTHE END\n", "The lantern flickered.")]
    [InlineData("The lantern flickered. THE E", "The lantern flickered.")]
    [InlineData("The lantern flickered. The End.", "The lantern flickered.")]
    [InlineData("# Scene 3\nThe lantern", "The lantern")]
    [InlineData("# Sce", "")]
    [InlineData("Sure! Here is the next", "")]
    [InlineData("Sure! Here is the next scene:\n\nThe lantern", "The lantern")]
    [InlineData("Scene 3", "")]
    [InlineData("Scene 3:\nThe lantern", "The lantern")]
    [InlineData("{\"scene\": \"The lantern fl", "The lantern fl")]
    [InlineData("```json\n{\"scene\": \"One.\\n\\nTw", "One.\n\nTw")]
    [InlineData("```json", "")]
    [InlineData("{\"scene\": \"A \\\"quote\\", "A \"quote")]
    public void ProseSoFar_shows_only_prose_of_a_streaming_answer(string partial, string expected)
    {
        Assert.Equal(expected, SceneOutputParser.ProseSoFar(partial));
    }

    [Fact]
    public void ProseSoFar_grows_monotonically_while_a_well_formed_answer_streams()
    {
        var full = $"# Scene 2\n\n{Prose}\n\n{SceneFormat.ChoicesHeading}\n1. {Fox}\n2. {Door}";
        var previous = "";
        for (var i = 1; i <= full.Length; i++)
        {
            var now = SceneOutputParser.ProseSoFar(full[..i]);
            Assert.True(now.StartsWith(previous.TrimEnd(), StringComparison.Ordinal) || Prose.StartsWith(now, StringComparison.Ordinal),
                $"at {i}: \"{previous}\" -> \"{now}\"");
            Assert.DoesNotContain("What happens", now);
            Assert.DoesNotContain("Follow", now);
            Assert.DoesNotContain("Scene", now);
            previous = now;
        }
        Assert.Equal(Prose, previous);
    }

    [Fact]
    public void ProseSoFar_never_hides_again_a_short_line_ending_in_a_colon()
    {
        var full = "The bell rang twice.\n\nAn unexpected thought came to Isolde:\nShe had heard that bell before.\n\n"
            + $"{SceneFormat.ChoicesHeading}\n1. {Fox}\n2. {Door}";
        var previous = "";
        for (var i = 1; i <= full.Length; i++)
        {
            var now = SceneOutputParser.ProseSoFar(full[..i]);
            Assert.True(now.StartsWith(previous, StringComparison.Ordinal), $"at {i}: \"{previous}\" -> \"{now}\"");
            previous = now;
        }
        Assert.Equal(SceneOutputParser.Parse(full).Prose, previous);
    }

    [Theory]
    [InlineData("What should they do next?")]
    [InlineData("What will Isolde choose now?")]
    [InlineData("Where should they go next?")]
    [InlineData("Make your choice")]
    [InlineData("Your options are:")]
    public void A_question_that_becomes_the_choices_heading_is_never_shown_while_it_is_written(string heading)
    {
        // Shown as prose while it was written, it was narrated, then taken out of the scene once the choices came.
        var full = $"The bell rang twice.\n\n{heading}\n1. {Fox}\n2. {Door}";
        var final = SceneOutputParser.Parse(full).Prose;
        Assert.Equal("The bell rang twice.", final);
        for (var i = 1; i <= full.Length; i++)
        {
            var now = SceneOutputParser.ProseSoFar(full[..i]);
            Assert.True(final.StartsWith(now, StringComparison.Ordinal), $"at {i}: \"{now}\"");
        }
    }

    [Theory]
    [InlineData("What a night it had been.")]
    [InlineData("What would she find there? Nobody knew.")]
    [InlineData("The next morning was grey.")]
    [InlineData("Choose carefully, the old man said. She nodded.")]
    public void A_line_that_only_begins_like_a_heading_shows_once_it_cannot_be_one(string line)
    {
        var partial = $"The bell rang twice.\n\n{line}";
        Assert.Equal(partial, SceneOutputParser.ProseSoFar(partial));
    }

    [Fact]
    public void A_short_line_ending_in_a_colon_before_the_choices_is_their_heading_once_they_come()
    {
        const string partial = "The bell rang twice.\n\nIsolde had to decide:\n";
        Assert.Equal("The bell rang twice.\n\nIsolde had to decide:", SceneOutputParser.ProseSoFar(partial));
        Assert.Equal("The bell rang twice.", SceneOutputParser.ProseSoFar(partial + $"1. {Fox}\n2. {Door}\n"));
        var output = SceneOutputParser.Parse(partial + $"1. {Fox}\n2. {Door}");
        Assert.Equal("The bell rang twice.", output.Prose);
        Assert.Equal([Fox, Door], output.Choices);
    }

    [Fact]
    public void Fallback_choices_are_varied_and_never_repeat_an_existing_one()
    {
        var a = SceneOutputParser.Parse($"{P1}\n\n1. Look more closely at what just happened", "Mystery");
        Assert.True(a.Repaired);
        Assert.Equal(2, a.Choices.Count);
        Assert.Equal("Look more closely at what just happened", a.Choices[0]);
        Assert.NotEqual(SceneLinesKey(a.Choices[0]), SceneLinesKey(a.Choices[1]));

        var outputs = new[] { "The rain fell.", "A door creaked open somewhere below.", "Nobody spoke for a while.", "The stars went out one by one." }
            .Select(p => SceneOutputParser.Parse(p)).ToList();
        Assert.All(outputs, o => Assert.Equal(2, o.Choices.Count));
        Assert.True(outputs.SelectMany(o => o.Choices).Distinct().Count() > 2, "fallbacks should vary with the scene");
    }

    [Fact]
    public void Fallback_choices_use_the_genre_and_the_last_sentence()
    {
        var output = SceneOutputParser.Parse("The corridor hummed. Something moved near the airlock.", "Science fiction");
        Assert.Contains("Find out more about the airlock", output.Choices);
        Assert.Contains(output.Choices, c => c.Contains("ship", StringComparison.Ordinal) || c.Contains("signals", StringComparison.Ordinal));
    }

    [Fact]
    public void Ending_is_not_filled_with_fallbacks()
    {
        var output = SceneOutputParser.Parse($"{Prose}\n\nTHE END");
        Assert.Empty(output.Choices);
        Assert.True(output.IsEnding);
    }

    private static string SceneLinesKey(string s) => new([.. s.ToLowerInvariant().Where(char.IsLetterOrDigit)]);
}

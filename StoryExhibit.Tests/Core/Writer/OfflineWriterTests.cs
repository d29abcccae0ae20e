using System.Text.RegularExpressions;
using StoryExhibit.Core.Writer;
using StoryExhibit.Tests.Quality;
using Xunit.Abstractions;

namespace StoryExhibit.Tests.Core.Writer;

/// <summary>The offline writer: an outline of the requested length, chapters that follow it, in the chosen point of view, in prose that parses.</summary>
public sealed partial class OfflineWriterTests(ITestOutputHelper output) : IAsyncLifetime
{
    private WriterHost _host = null!;

    public async Task InitializeAsync() => _host = await WriterHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(12)]
    public async Task The_outline_has_the_requested_number_of_chapters_each_with_a_title_and_a_summary(int chapters)
    {
        var outline = await _host.OutlineAsync(WriterHost.Sample with { Chapters = chapters });
        output.WriteLine(OutlineText.Write(outline));
        Assert.Equal(chapters, outline.Chapters.Count);
        Assert.All(outline.Chapters, c => Assert.True(c.Title.Length > 0 && c.Summary.Length > 0));
        Assert.Contains("Juno", outline.Premise);
        Assert.Equal(chapters, outline.Chapters.Select(c => c.Title).Distinct().Count());
        // "Again" only where the same words titled a chapter before; never a "(2)".
        Assert.DoesNotContain(outline.Chapters, c => System.Text.RegularExpressions.Regex.IsMatch(c.Title, @"\(\d+\)$"));
        var titles = outline.Chapters.Select(c => c.Title).ToList();
        Assert.All(titles.Select((t, i) => (t, i)).Where(x => x.t.EndsWith(" Again", StringComparison.Ordinal)),
            x => Assert.Contains(x.t[..^" Again".Length], titles.Take(x.i).Select(t => t), StringComparer.OrdinalIgnoreCase));
        Assert.Empty(WriterRules.Check(outline));
    }

    [Fact]
    public async Task Chapters_follow_the_outline_an_edited_summary_included_and_keep_the_cast()
    {
        var outline = await _host.OutlineAsync(WriterHost.Sample);
        var edited = outline with { Chapters = [.. outline.Chapters.Select((c, i) => i == 2 ? new OutlineChapter("The Glass Tower", "Juno and Pip climb the glass tower") : c)] };
        var chapters = new List<string>();
        for (var i = 0; i < edited.Chapters.Count; i++) chapters.Add(await _host.ChapterAsync(WriterHost.Sample, edited, i));
        foreach (var chapter in chapters) output.WriteLine(chapter + "\n----");

        Assert.Contains("tower", chapters[2], StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tower", chapters[1], StringComparison.OrdinalIgnoreCase);
        Assert.All(chapters, c => Assert.Contains("Juno", c));
        Assert.True(chapters.Count(c => c.Contains("Pip")) >= 3, "The companion is in most chapters.");
        Assert.Equal(chapters.Count, chapters.Distinct().Count());
        Assert.Empty(ProseMeasures.RepeatedSentences(chapters.SelectMany(Sentences)));
    }

    [Fact]
    public async Task First_person_is_told_by_I_without_the_heros_name_and_third_person_by_name()
    {
        var first = WriterHost.Sample with { View = NarrativeView.FirstPerson };
        var outline = await _host.OutlineAsync(first);
        var firstPerson = string.Join("\n\n", await AllChaptersAsync(first, outline));
        var thirdPerson = string.Join("\n\n", await AllChaptersAsync(WriterHost.Sample, outline));
        output.WriteLine(firstPerson);

        Assert.DoesNotContain("Juno", firstPerson);
        Assert.DoesNotContain("Qx", firstPerson, StringComparison.OrdinalIgnoreCase);
        Assert.True(Count(firstPerson, @"\bI\b") >= 10, "The narrator says I.");
        Assert.True(Count(firstPerson, @"\b[Mm]y\b") >= 3, "The narrator says my.");
        Assert.True(Count(thirdPerson, @"\bJuno\b") >= 10);
        Assert.True(Count(Narration(thirdPerson), @"\bI\b") == 0, "Outside dialogue, third person never says I.");
    }

    [Fact]
    public async Task First_person_prose_parses_as_well_as_the_storytellers_scenes()
    {
        Assert.True(LinkGrammarJudge.IsAvailable, $"link-grammar is installed at {LinkGrammarJudge.ParserPath}");
        var sentences = new List<string>();
        foreach (var audience in Enum.GetValues<StoryExhibit.Core.Stories.Audience>())
        {
            var inputs = WriterHost.Sample with { View = NarrativeView.FirstPerson, Audience = audience, Chapters = 4 };
            sentences.AddRange((await AllChaptersAsync(inputs, await _host.OutlineAsync(inputs))).SelectMany(Sentences));
        }
        Assert.DoesNotContain(sentences, s => Regex.IsMatch(s, @"\bme (was|had|understood|felt|knew|could)\b|\b(asked|told) I\b"));
        var parsed = await LinkGrammarJudge.JudgeAsync(sentences);
        var share = parsed.Count(p => p) / (double)parsed.Count;
        output.WriteLine($"link-grammar parses {share:P1} of {parsed.Count} first-person sentences");
        foreach (var (sentence, ok) in sentences.Zip(parsed).Where(s => !s.Second)) output.WriteLine("  not parsed: " + sentence);
        Assert.True(share >= 0.9, $"link-grammar parses {share:P1} of the first-person sentences.");
    }

    private async Task<List<string>> AllChaptersAsync(WriterInputs inputs, WriterOutline outline)
    {
        var chapters = new List<string>();
        for (var i = 0; i < outline.Chapters.Count; i++) chapters.Add(await _host.ChapterAsync(inputs, outline, i));
        return chapters;
    }

    private static IEnumerable<string> Sentences(string prose) =>
        SentenceEnd().Split(prose).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string Narration(string prose) => Dialogue().Replace(prose, "");

    private static int Count(string text, string pattern) => Regex.Matches(text, pattern).Count;

    [GeneratedRegex(@"(?<=[.!?][”""]?)\s+")] private static partial Regex SentenceEnd();
    [GeneratedRegex(@"“[^”]*”")] private static partial Regex Dialogue();
}

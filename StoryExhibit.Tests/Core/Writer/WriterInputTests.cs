using StoryExhibit.Core.Writer;

namespace StoryExhibit.Tests.Core.Writer;

/// <summary>The writer's inputs and outline are checked like all visitor input: empty, huge and hostile texts refused with clear messages.</summary>
public sealed class WriterInputTests : IAsyncLifetime
{
    private WriterHost _host = null!;

    public async Task InitializeAsync() => _host = await WriterHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Empty_plot_is_refused_with_a_message_naming_what_is_missing()
    {
        var problems = await _host.Writer.CheckAsync(WriterHost.Sample with { PlotElements = "  \u200B " }, null, default);
        Assert.Contains(problems, p => p.Field == nameof(WriterInputs.PlotElements) && p.Message.Contains("what happens"));
    }

    [Fact]
    public async Task Huge_texts_and_too_many_chapters_or_characters_are_refused_with_the_limit()
    {
        var huge = WriterHost.Sample with
        {
            PlotElements = new string('a', 5000), Setting = string.Join(' ', Enumerable.Repeat("city", 200)),
            Characters = "A\nB\nC\nD\nE", Chapters = 40,
        };
        var problems = await _host.Writer.CheckAsync(huge, null, default);
        Assert.Contains(problems, p => p.Field == nameof(WriterInputs.PlotElements) && p.Message.Contains($"under {WriterLimits.PlotMax} characters"));
        Assert.Contains(problems, p => p.Field == nameof(WriterInputs.Setting) && p.Message.Contains($"under {WriterLimits.SettingMax}"));
        Assert.Contains(problems, p => p.Field == nameof(WriterInputs.Characters) && p.Message.Contains($"Up to {WriterLimits.MaxCharacterLines}"));
        Assert.Contains(problems, p => p.Field == "Chapters" && p.Message.Contains($"{WriterLimits.ChaptersMin} to {WriterLimits.ChaptersMax}"));
    }

    [Fact]
    public async Task Hostile_text_in_an_input_or_in_the_edited_outline_is_refused()
    {
        const string hostile = "The monster stabs Hugo with a knife and there is blood everywhere, damn it";
        var inInputs = await _host.Writer.CheckAsync(WriterHost.Sample with { Characters = hostile }, null, default);
        Assert.Contains(inInputs, p => p.Field == nameof(WriterInputs.Characters) && p.Message.Length > 10);

        var outline = await _host.OutlineAsync(WriterHost.Sample);
        var edited = outline with { Chapters = [.. outline.Chapters.Select((c, i) => i == 2 ? c with { Summary = hostile } : c)] };
        var inOutline = await _host.Writer.CheckAsync(WriterHost.Sample, edited, default);
        Assert.Contains(inOutline, p => p.Field == "Chapters[2]");
        Assert.Empty(await _host.Writer.CheckAsync(WriterHost.Sample, outline, default));
    }

    [Fact]
    public void A_job_with_a_broken_outline_is_refused_before_it_starts()
    {
        var problems = _host.Handler.Validate(new WriterJobInput(WriterHost.Sample, new WriterOutline
        {
            Premise = "", Chapters = [new("", "x"), new("Two", new string('b', 900))],
        }));
        Assert.Contains(problems, p => p.StartsWith("Premise:"));
        Assert.Contains(problems, p => p.Contains("Chapter 1 needs a title."));
        Assert.Contains(problems, p => p.Contains($"under {WriterLimits.SummaryMax} characters"));
        Assert.Contains(problems, p => p.Contains($"{WriterLimits.ChaptersMin} to {WriterLimits.ChaptersMax} chapters"));
    }

    [Fact]
    public void An_outline_reads_back_from_its_text_and_from_a_models_looser_habits()
    {
        var outline = new WriterOutline { Title = "The Crystal", Premise = "Juno saves the city.", Chapters = [new("Dark Streets", "Juno wakes."), new("The Tower", "Juno climbs.")] };
        Assert.Equivalent(outline, OutlineText.Read(OutlineText.Write(outline)));

        var loose = OutlineText.Read("**Title:** The Crystal\nPremise: Juno saves the city.\n\nChapter 1: Dark Streets - Juno wakes.\n2) **The Tower** — Juno climbs.\n");
        Assert.Equal(["Dark Streets", "The Tower"], loose.Chapters.Select(c => c.Title));
        Assert.Equal(["Juno wakes.", "Juno climbs."], loose.Chapters.Select(c => c.Summary));
    }
}

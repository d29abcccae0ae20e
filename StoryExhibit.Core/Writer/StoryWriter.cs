using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Moderation;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Writer;

/// <summary>
/// Premise, outline, chapters: with the configured model by prompt chaining, or with the offline writer. Every text a
/// visitor gives (the inputs and the edited outline) is checked like all visitor input, and every chapter is checked
/// against the story's rating once written, softened when it goes beyond it.
/// </summary>
public sealed class StoryWriter(
    IChatClient storyteller, IOptionsMonitor<TextGenerationOptions> textOptions, VisitorTextGuard guard, SceneModeration moderation,
    ILogger<StoryWriter> log)
{
    private bool Offline => textOptions.CurrentValue.Provider == TextProvider.Offline;

    /// <summary>Problems with the inputs (and the outline, when given), keyed by field; empty when all may be used.</summary>
    public async Task<IReadOnlyList<(string Field, string Message)>> CheckAsync(WriterInputs inputs, WriterOutline? outline, CancellationToken ct)
    {
        var problems = WriterRules.Check(inputs).ToList();
        if (outline is not null) problems.AddRange(WriterRules.Check(outline));
        if (problems.Count > 0) return problems;
        inputs = WriterRules.Normalize(inputs);
        var limited = moderation.Limited(WriterSeed.From(inputs));
        var texts = new List<(string Field, VisitorTextField Box, string Text)>
        {
            (nameof(inputs.Persona), VisitorTextField.Idea, inputs.Persona),
            (nameof(inputs.Setting), VisitorTextField.Place, inputs.Setting),
            (nameof(inputs.Characters), VisitorTextField.Characters, inputs.Characters.Replace('\n', ',')),
            (nameof(inputs.PlotElements), VisitorTextField.Idea, inputs.PlotElements),
        };
        if (outline is not null)
        {
            outline = WriterRules.Normalize(outline);
            texts.Add((nameof(outline.Title), VisitorTextField.Idea, outline.Title));
            texts.Add((nameof(outline.Premise), VisitorTextField.Idea, outline.Premise));
            texts.AddRange(outline.Chapters.Select((c, i) => ($"Chapters[{i}]", VisitorTextField.OwnChoice, $"{c.Title}. {c.Summary}")));
        }
        var checks = texts.Where(t => t.Text.Length > 0)
            .Select(async t => (t.Field, Message: await guard.CheckAsync(t.Box, t.Text, limited.Rating, limited.Audience, null, ct)));
        var results = await Task.WhenAll(checks);
        return [.. results.Where(r => r.Message is not null).Select(r => (r.Field, r.Message!))];
    }

    /// <summary>The outline as it is written, in <see cref="OutlineText"/>'s form; read it with <see cref="ReadOutline"/>.</summary>
    public async IAsyncEnumerable<string> OutlineAsync(WriterInputs inputs, [EnumeratorCancellation] CancellationToken ct)
    {
        inputs = WriterRules.Normalize(inputs);
        if (Offline)
        {
            foreach (var line in OutlineText.Write(OfflineWriter.Outline(inputs)).Split('\n'))
            {
                ct.ThrowIfCancellationRequested();
                yield return line + "\n";
            }
            yield break;
        }
        await foreach (var text in ModelWriter.OutlineAsync(storyteller, inputs, textOptions.CurrentValue.Temperature, ct)) yield return text;
    }

    /// <summary>The outline read from its text, at most the largest number of chapters; <see cref="GenerationException"/> when none can be read.</summary>
    public WriterOutline ReadOutline(string text)
    {
        var outline = OutlineText.Read(text);
        if (outline.Chapters.Count == 0) throw new GenerationException(CurrentStoryteller.NameOf(textOptions.CurrentValue), "The writer's outline could not be read. Please try again.");
        return outline with
        {
            Title = WriterSeed.Cut(outline.Title, WriterLimits.TitleMax),
            Premise = WriterSeed.Cut(outline.Premise, WriterLimits.PremiseMax),
            Chapters = [.. outline.Chapters.Take(WriterLimits.ChaptersMax)
                .Select(c => new OutlineChapter(WriterSeed.Cut(c.Title, WriterLimits.TitleMax), WriterSeed.Cut(c.Summary, WriterLimits.SummaryMax)))],
        };
    }

    /// <summary>Chapter <paramref name="index"/> (0-based) as it is written, from the outline and the chapters before it.</summary>
    public async IAsyncEnumerable<string> ChapterAsync(WriterInputs inputs, WriterOutline outline, int index, IReadOnlyList<string> earlier,
        [EnumeratorCancellation] CancellationToken ct)
    {
        inputs = WriterRules.Normalize(inputs);
        outline = WriterRules.Normalize(outline);
        if (Offline)
        {
            foreach (var paragraph in OfflineWriter.Chapter(inputs, outline, index).Split("\n\n"))
            {
                ct.ThrowIfCancellationRequested();
                yield return paragraph + "\n\n";
            }
            yield break;
        }
        var words = 3 * SceneLengths.WordsFor(inputs.Audience, textOptions.CurrentValue.SceneLength);
        await foreach (var text in ModelWriter.ChapterAsync(storyteller, inputs, outline, index, earlier, words, textOptions.CurrentValue.Temperature, ct))
            yield return text;
    }

    /// <summary>A written chapter as it is kept: within the story's rating (softened when it went beyond it).</summary>
    public async Task<string> ModeratedAsync(StorySeed seed, string prose, CancellationToken ct)
    {
        var limited = moderation.Limited(seed);
        var output = new SceneOutput(prose.Trim(), [], false, false);
        var verdict = await moderation.CheckAsync(output, limited, askProvider: !Offline, ct);
        if (verdict.Allowed) return output.Prose;
        log.LogInformation("A written chapter went beyond its rating ({Category}); softened", verdict.Category);
        return moderation.Soften(output, limited).Prose;
    }
}

using System.Text;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Core.Writer;

/// <summary>What the writer job is given: the visitor's inputs and the outline as they left it (perhaps edited).</summary>
public sealed record WriterJobInput(WriterInputs Inputs, WriterOutline Outline);

/// <summary>
/// Writes a whole story from its outline as a job: a new story (reachable by its code) with one complete scene per
/// chapter on one path, each saved as soon as it is written, so a cancelled or failed job keeps the chapters it finished.
/// </summary>
public sealed class WriterJobHandler(StoryWriter writer, StoryStore store, ILogger<WriterJobHandler> log) : IJobHandler<WriterJobInput>
{
    public IReadOnlyList<string> Validate(WriterJobInput input) =>
        WriterRules.Sentences([.. WriterRules.Check(input.Inputs), .. WriterRules.Check(input.Outline)]);

    public async Task RunAsync(WriterJobInput input, JobRun run, CancellationToken ct)
    {
        var inputs = WriterRules.Normalize(input.Inputs);
        var outline = WriterRules.Normalize(input.Outline);
        var problems = await writer.CheckAsync(inputs, outline, ct);
        if (problems.Count > 0) throw new JobInputException(string.Join(" ", problems.Select(p => p.Message)));

        var count = outline.Chapters.Count;
        var seed = WriterSeed.From(inputs, count);
        var title = outline.Title.Length > 0 ? outline.Title : StoryRules.TitleFor(seed);
        var story = await store.CreateAsync(new Story { Seed = seed, Title = title }, ct);
        run.StoryId = story.Id;
        log.LogInformation("Writer job {JobId} writing story {SessionCode}: {Chapters} chapters, {View}", run.JobId, story.SessionCode, count, inputs.View);

        var written = new List<string>();
        Scene? first = null, previous = null;
        for (var index = 0; index < count; index++)
        {
            ct.ThrowIfCancellationRequested();
            await run.ReportAsync((double)index / count, $"Chapter {index + 1} of {count}");
            var text = new StringBuilder();
            await foreach (var part in writer.ChapterAsync(inputs, outline, index, written, ct)) text.Append(part);
            var prose = await writer.ModeratedAsync(seed, text.ToString(), ct);
            written.Add(prose);
            previous = await SaveChapterAsync(story, outline, index, prose, previous);
            first ??= previous;
        }
        await store.SetCurrentSceneAsync(story.Id, first!.Id, CancellationToken.None);
        await run.ReportAsync(1, $"All {count} chapters written");
        log.LogInformation("Writer job {JobId} finished story {SessionCode}", run.JobId, story.SessionCode);
    }

    /// <summary>Stores a finished chapter as the next scene of the story's one path; not cancelled halfway once begun.</summary>
    private async Task<Scene> SaveChapterAsync(Story story, WriterOutline outline, int index, string prose, Scene? previous)
    {
        var last = index == outline.Chapters.Count - 1;
        var scene = new Scene
        {
            StoryId = story.Id, ParentId = previous?.Id, ViaChoiceId = previous?.Choices.Single().Id, Number = index + 1,
            Unread = index > 0, // the visitor opens the first chapter; the others are read when they get there
        };
        await store.AddSceneAsync(scene, CancellationToken.None);
        scene.Prose = $"{SceneTitle.AsMarkdown(ChapterHeading(outline, index))}\n\n{prose}";
        scene.State = SceneState.Complete;
        scene.IsEnding = last;
        scene.Choices = last ? [] : [new Choice { SceneId = scene.Id, Position = 0, Text = ChapterHeading(outline, index + 1) }];
        await store.SaveSceneAsync(scene, CancellationToken.None);
        return scene;
    }

    public static string ChapterHeading(WriterOutline outline, int index) => $"Chapter {index + 1}: {outline.Chapters[index].Title}";
}

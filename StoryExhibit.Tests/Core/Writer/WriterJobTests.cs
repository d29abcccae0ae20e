using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Stories;
using StoryExhibit.Core.Text;
using StoryExhibit.Core.Writer;

namespace StoryExhibit.Tests.Core.Writer;

/// <summary>The writer job run on its own: a story stored and readable by its code, one complete chapter a scene on one path; cancelled, it keeps what it wrote.</summary>
public sealed class WriterJobTests : IAsyncLifetime
{
    private WriterHost _host = null!;

    public async Task InitializeAsync() => _host = await WriterHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_story_is_stored_one_complete_chapter_a_scene_on_one_path_and_readable_by_its_code()
    {
        var outline = await _host.OutlineAsync(WriterHost.Sample);
        var lines = new List<(double Fraction, string Line)>();
        var run = new JobRun(Guid.NewGuid(), _host.Folder, (f, l) => { lines.Add((f, l)); return Task.CompletedTask; });

        await _host.Handler.RunAsync(new WriterJobInput(WriterHost.Sample, outline), run, default);

        Assert.NotNull(run.StoryId);
        Assert.Contains(lines, l => l.Line == "Chapter 2 of 5");
        Assert.Equal(1, lines[^1].Fraction);
        var stored = await _host.Store.GetAsync(run.StoryId!.Value, default);
        var story = await _host.Store.FindByCodeAsync(stored!.SessionCode, default);
        Assert.NotNull(story);
        Assert.Equal(outline.Title, story.Title);
        var path = new StoryTree(story.Scenes, story.CurrentSceneId).PathTo(story.Scenes.Single(s => s.IsEnding).Id).ToList();
        Assert.Equal(5, path.Count);
        Assert.Equal(5, story.Scenes.Count);
        Assert.All(path, s => Assert.Equal(SceneState.Complete, s.State));
        Assert.Equal(path[0].Id, story.CurrentSceneId);
        for (var i = 0; i < path.Count; i++)
        {
            Assert.StartsWith($"## Chapter {i + 1}: {outline.Chapters[i].Title}\n\n", path[i].Prose);
            Assert.Equal($"Chapter {i + 1}: {outline.Chapters[i].Title}", SceneTitle.Split(path[i].Prose).Title);
            Assert.Contains("Juno", path[i].Prose);
        }
        Assert.Equal($"Chapter 2: {outline.Chapters[1].Title}", path[0].Choices.Single().Text);
    }

    [Fact]
    public async Task A_cancelled_job_stops_between_chapters_and_keeps_the_chapters_it_wrote()
    {
        var outline = await _host.OutlineAsync(WriterHost.Sample);
        using var cancel = new CancellationTokenSource();
        var run = new JobRun(Guid.NewGuid(), _host.Folder, (_, line) =>
        {
            if (line == "Chapter 3 of 5") cancel.Cancel();
            return Task.CompletedTask;
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _host.Handler.RunAsync(new WriterJobInput(WriterHost.Sample, outline), run, cancel.Token));

        var story = await _host.Store.GetAsync(run.StoryId!.Value, default);
        Assert.Equal(2, story!.Scenes.Count);
        Assert.All(story.Scenes, s => Assert.Equal(SceneState.Complete, s.State));
        Assert.DoesNotContain(story.Scenes, s => s.IsEnding);
    }

    [Fact]
    public async Task A_job_whose_outline_was_edited_into_hostile_text_fails_with_a_visitor_fit_message_and_no_story()
    {
        var outline = await _host.OutlineAsync(WriterHost.Sample);
        var hostile = outline with { Premise = "The monster stabs Hugo with a knife and there is blood everywhere, damn it" };
        var run = new JobRun(Guid.NewGuid(), _host.Folder, (_, _) => Task.CompletedTask);

        var refused = await Assert.ThrowsAsync<JobInputException>(() => _host.Handler.RunAsync(new WriterJobInput(WriterHost.Sample, hostile), run, default));

        Assert.False(string.IsNullOrWhiteSpace(refused.Message));
        Assert.Null(run.StoryId);
    }
}

using System.Runtime.CompilerServices;
using Microsoft.Extensions.AI;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Writer;

namespace StoryExhibit.Tests.Core.Writer;

/// <summary>With a model configured, the writer chains prompts: the outline from one call, each chapter from the outline and the chapters before it.</summary>
public sealed class ModelWriterTests
{
    private const string Outline = "Title: The Crystal\nPremise: Juno must save the city.\n\n1. Dark Streets | Juno wakes to a dark city.\n2. The Tower | Juno climbs the tower.\n3. Light | Juno brings the light back.\n";

    [Fact]
    public async Task Each_chapter_is_asked_for_with_the_outline_and_the_chapters_so_far_and_moderated_before_it_is_kept()
    {
        var model = new QueuedModel([Outline, "Juno woke in the dark.", "Juno climbed, and blood was everywhere on the stairs.", "The lights came back on."]);
        await using var host = await WriterHost.StartAsync(model);
        var inputs = WriterHost.Sample with { Chapters = 3, View = NarrativeView.FirstPerson, Rating = StoryExhibit.Core.Stories.ContentRating.Gentle };

        var outline = await host.OutlineAsync(inputs);
        Assert.Equal(["Dark Streets", "The Tower", "Light"], outline.Chapters.Select(c => c.Title));
        Assert.Contains("exactly 3 chapters", model.Asked[0]);

        var run = new JobRun(Guid.NewGuid(), host.Folder, (_, _) => Task.CompletedTask);
        await host.Handler.RunAsync(new WriterJobInput(inputs, outline), run, default);

        Assert.Contains("first person", model.Asked[1]);
        Assert.Contains("Now write chapter 1 of 3, \"Dark Streets\"", model.Asked[1]);
        Assert.Contains("Chapter 1: Juno woke in the dark.", model.Asked[2]);
        Assert.Contains("last chapter", model.Asked[3]);
        var story = await host.Store.GetAsync(run.StoryId!.Value, default);
        var tower = story!.Scenes.Single(s => s.Number == 2).Prose;
        Assert.DoesNotContain("blood", tower, StringComparison.OrdinalIgnoreCase);
    }

    private sealed class QueuedModel(IEnumerable<string> answers) : IChatClient
    {
        private readonly Queue<string> _answers = new(answers);
        public List<string> Asked { get; } = [];

        public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Asked.Add(string.Join("\n", messages.Select(m => m.Text)));
            foreach (var word in _answers.Dequeue().Split(' '))
            {
                await Task.Yield();
                yield return new ChatResponseUpdate(ChatRole.Assistant, word + " ");
            }
        }

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;
        public void Dispose() { }
    }
}

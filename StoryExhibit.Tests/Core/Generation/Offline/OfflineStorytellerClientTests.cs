using System.Diagnostics;
using System.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Offline;
using static StoryExhibit.Tests.Core.Generation.Offline.StoryPlayer;

namespace StoryExhibit.Tests.Core.Generation.Offline;

public class OfflineStorytellerClientTests
{
    private static ChatMessage[] Messages(string text) =>
        [new(ChatRole.System, "You are a storyteller."), new(ChatRole.User, text)];

    private static ChatMessage[] BriefMessages() => Messages("Write the next scene.\n" + Brief(Seed(randomSeed: 12), []).ToPromptBlock());

    [Fact]
    public async Task Streamed_words_add_up_to_the_whole_response()
    {
        var teller = new OfflineStoryteller(Options.Create(new OfflineStorytellerOptions { WordDelay = TimeSpan.Zero }));
        var whole = (await teller.GetResponseAsync(BriefMessages())).Text;
        var streamed = new StringBuilder();
        var updates = 0;
        await foreach (var update in teller.GetStreamingResponseAsync(BriefMessages()))
        {
            Assert.Equal(ChatRole.Assistant, update.Role);
            Assert.Single(update.Text.Trim().Split(" ", StringSplitOptions.RemoveEmptyEntries));
            streamed.Append(update.Text);
            updates++;
        }
        Assert.Equal(whole, streamed.ToString());
        Assert.True(updates > 50);
    }

    [Fact]
    public async Task First_word_arrives_at_once_and_cancellation_stops_the_stream()
    {
        var teller = new OfflineStoryteller(new OfflineStorytellerOptions { WordDelay = TimeSpan.FromSeconds(5) });
        using var cts = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        var received = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var update in teller.GetStreamingResponseAsync(BriefMessages(), cancellationToken: cts.Token))
            {
                received++;
                Assert.True(clock.Elapsed < TimeSpan.FromSeconds(2), "the first word should not wait for WordDelay");
                cts.CancelAfter(TimeSpan.FromMilliseconds(100));
            }
        });
        Assert.Equal(1, received);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), "cancellation should interrupt the delay");
    }

    [Fact]
    public async Task Word_delay_paces_the_stream()
    {
        var teller = new OfflineStoryteller(new OfflineStorytellerOptions { WordDelay = TimeSpan.FromMilliseconds(20) });
        var clock = Stopwatch.StartNew();
        var count = 0;
        await foreach (var _ in teller.GetStreamingResponseAsync(BriefMessages()))
            if (++count == 6) break;
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(90));
    }

    [Fact]
    public async Task Words_come_in_pieces_of_a_tenth_of_a_second_after_the_first_word()
    {
        var teller = new OfflineStoryteller(new OfflineStorytellerOptions { WordDelay = TimeSpan.FromMilliseconds(1) });
        var whole = (await teller.GetResponseAsync(BriefMessages())).Text;
        var pieces = new List<string>();
        await foreach (var update in teller.GetStreamingResponseAsync(BriefMessages())) pieces.Add(update.Text);
        Assert.Equal(whole, string.Concat(pieces));
        Assert.Single(pieces[0].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.All(pieces.Skip(1).SkipLast(1), piece => Assert.Equal(100, piece.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length));
    }

    [Fact]
    public void Default_word_delay_is_25_ms() =>
        Assert.Equal(TimeSpan.FromMilliseconds(25), new OfflineStorytellerOptions().WordDelay);

    [Theory]
    [InlineData("Why do owls hoot at night?", "owls")]
    [InlineData("Tell me about volcanoes", "volcanoes")]
    public async Task Without_a_brief_it_answers_from_the_question(string question, string topic)
    {
        var answer = (await Teller.GetResponseAsync(Messages(question))).Text;
        Assert.Contains(topic, answer);
        Assert.DoesNotContain(StoryExhibit.Core.Stories.SceneFormat.ChoicesHeading, answer);
        Assert.NotEqual(answer, (await Teller.GetResponseAsync(Messages("What is a comet?"))).Text);
    }

    [Fact]
    public async Task The_brief_is_read_from_the_last_user_message()
    {
        var messages = new List<ChatMessage>(BriefMessages()) { new(ChatRole.Assistant, "ok") };
        Assert.Equal((await Teller.GetResponseAsync(BriefMessages())).Text, (await Teller.GetResponseAsync(messages)).Text);
    }

    [Fact]
    public void GetService_offers_itself_and_its_metadata()
    {
        Assert.Same(Teller, Teller.GetService(typeof(OfflineStoryteller)));
        Assert.Same(Teller, Teller.GetService(typeof(IChatClient)));
        Assert.Equal("offline", Teller.GetService<ChatClientMetadata>()?.ProviderName);
        Assert.Null(Teller.GetService(typeof(string)));
    }
}

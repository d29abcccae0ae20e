using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.SemanticKernel;
using StoryExhibit.Core.Ask.Research;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Costs;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Ask.Research;

/// <summary>
/// Research answers through the app's own services: the configured model on a real loopback OpenAI-compatible server
/// (streamed, prompted for the audience, recorded as a provider call), and the offline answer when it fails, stalls,
/// sends garbage or the budget is spent; moderation before anything is shown; the kernel plugin.
/// </summary>
public sealed class ResearchAnswererTests : IAsyncLifetime
{
    private static readonly ResearchQuestion Moon = new("How far away is the moon?", Audience.Children, ContentRating.Gentle);
    private static readonly ResearchQuestion Narwhal = new("What is a narwhal?", Audience.Adults, ContentRating.Gentle);
    private OpenAICompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAICompatibleServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private Task<CostsTestHost> HostAsync(string? textBudget = null, string patience = "00:00:10")
    {
        var settings = new Dictionary<string, string?>
        {
            ["Generation:Text:Provider"] = "OpenAICompatible",
            ["Generation:Text:OpenAICompatible:Endpoint"] = _server.Endpoint.ToString(),
            ["Generation:Text:OpenAICompatible:Model"] = OpenAICompatibleServer.Model,
            ["Generation:Text:OpenAICompatible:MaxRetries"] = "0",
            ["Exhibit:Moderation:UseProvider"] = "false",
            ["Ask:Research:ModelPatience"] = patience,
        };
        if (textBudget is not null) settings["Costs:ServiceBudgets:Text"] = textBudget;
        return CostsTestHost.StartAsync(settings);
    }

    private static async Task<List<string>> CollectAsync(IAsyncEnumerable<string> fragments, Action<string>? onFragment = null)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var list = new List<string>();
        await foreach (var f in fragments.WithCancellation(limit.Token))
        {
            list.Add(f);
            onFragment?.Invoke(string.Concat(list));
        }
        return list;
    }

    [Fact]
    public async Task The_model_answer_streams_word_by_word_prompted_for_a_child_and_is_recorded_as_a_provider_call()
    {
        var secondSentence = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        const string first = "The moon is about 384,400 kilometres away.";
        const string second = " That is like driving around the Earth ten times!";
        _server.Handler = (ctx, _) => OpenAICompatibleServer.StreamTextAsync(ctx, OpenAICompatibleServer.SplitTokens(first + second),
            beforeToken: i => i == OpenAICompatibleServer.SplitTokens(first).Count() ? secondSentence.Task : Task.CompletedTask, usage: (40, 20));
        await using var host = await HostAsync();

        var fragments = await CollectAsync(host.Services.GetRequiredService<IResearchAnswerer>().AnswerAsync(Moon, default),
            soFar => { if (soFar == first) secondSentence.TrySetResult(); }); // reachable only while the server waits

        Assert.Equal(first + second, string.Concat(fragments));
        Assert.True(fragments.Count >= 10, "The answer should arrive word by word.");
        var request = Assert.Single(_server.Requests);
        Assert.True(request.Stream);
        Assert.Equal(("system", ResearchPrompt.Instructions(Audience.Children, ContentRating.Gentle)), request.Messages[0]);
        Assert.Contains("child", request.Messages[0].Content);
        Assert.Contains("not sure", request.Messages[0].Content);
        Assert.Equal(("user", Moon.Text), request.Messages[1]);
        var call = Assert.Single(await host.WaitForStoredCallsAsync(1));
        Assert.Equal((GeneratorService.Text, "OpenAICompatible", true, 60.0), (call.Service, call.Provider, call.Succeeded, call.Units));
        Assert.True(call.EstimatedCost > 0);
    }

    public static TheoryData<string> Failures => ["server error", "silence", "garbage"];

    [Theory]
    [MemberData(nameof(Failures))]
    public async Task A_model_that_fails_stays_silent_or_sends_garbage_gives_way_to_the_offline_answer(string failure)
    {
        _server.Handler = failure switch
        {
            "server error" => (ctx, _) => OpenAICompatibleServer.WriteErrorAsync(ctx, 500, "boom"),
            "silence" => (ctx, _) => Task.Delay(Timeout.Infinite, ctx.RequestAborted),
            _ => async (ctx, _) =>
            {
                ctx.Response.ContentType = "text/html";
                await ctx.Response.WriteAsync("<html><body>Welcome to the captive portal</body></html>");
            },
        };
        await using var host = await HostAsync(patience: failure == "silence" ? "00:00:01" : "00:00:10");

        var answer = string.Concat(await CollectAsync(host.Services.GetRequiredService<IResearchAnswerer>().AnswerAsync(Narwhal, default)));

        Assert.StartsWith("A narwhal is a small Arctic whale", answer);
        Assert.DoesNotContain("portal", answer);
        Assert.NotEmpty(_server.Requests);
    }

    [Fact]
    public async Task A_model_that_breaks_off_mid_answer_keeps_what_was_said_and_says_it_stopped()
    {
        var firstSentenceShown = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _server.Handler = async (ctx, _) =>
        {
            await OpenAICompatibleServer.BeginStreamAsync(ctx);
            await OpenAICompatibleServer.WriteChunkAsync(ctx, "", role: "assistant");
            foreach (var token in OpenAICompatibleServer.SplitTokens("Narwhals live in the Arctic. They have ")) await OpenAICompatibleServer.WriteChunkAsync(ctx, token);
            // Broken off once the visitor has read the first sentence (an abort at once could drop what was sent with it).
            await firstSentenceShown.Task.WaitAsync(TimeSpan.FromSeconds(10));
            ctx.Abort();
        };
        await using var host = await HostAsync();

        var answer = string.Concat(await CollectAsync(host.Services.GetRequiredService<IResearchAnswerer>().AnswerAsync(Narwhal, default),
            soFar => { if (soFar.EndsWith("Arctic.", StringComparison.Ordinal)) firstSentenceShown.TrySetResult(); }));

        Assert.Equal("Narwhals live in the Arctic. I lost my connection there, so that is all I can say for now.", answer);
    }

    [Fact]
    public async Task A_model_sentence_beyond_the_rating_is_never_shown()
    {
        _server.ReplyWith("Long ago, soldiers killed each other in bloody battles. There was blood everywhere.");
        await using var host = await HostAsync();

        var answer = string.Concat(await CollectAsync(host.Services.GetRequiredService<IResearchAnswerer>()
            .AnswerAsync(new ResearchQuestion("What was a castle for?", Audience.Children, ContentRating.Gentle), default)));

        Assert.Equal(ModeratedAnswer.Refusal(partWayThrough: false), answer);
    }

    [Fact]
    public async Task With_the_text_budget_spent_the_model_is_not_asked()
    {
        _server.ReplyWith("The moon is far.");
        await using var host = await HostAsync(textBudget: "0");

        var answer = string.Concat(await CollectAsync(host.Services.GetRequiredService<IResearchAnswerer>().AnswerAsync(Moon, default)));

        Assert.StartsWith("That's a great question! I can only answer it when I'm connected.", answer);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task The_kernel_answers_through_the_research_plugin()
    {
        await using var host = await CostsTestHost.StartAsync();
        var kernel = host.Services.GetRequiredService<Kernel>();

        var fragments = await CollectAsync(kernel.AnswerResearchAsync(new ResearchQuestion("what does enormous mean", Audience.Teens, ContentRating.Mild), default));

        Assert.StartsWith("“Enormous” means extraordinarily large", string.Concat(fragments));
        Assert.True(fragments.Count > 3);
        Assert.Contains(kernel.Plugins, p => p.Name == ResearchPlugin.Name);
    }

    [Fact]
    public async Task A_visitor_who_stops_the_answer_cancels_it_without_a_fallback()
    {
        _server.Handler = (ctx, _) => OpenAICompatibleServer.StreamTextAsync(ctx, OpenAICompatibleServer.SplitTokens("Narwhals live in the Arctic. They are whales."),
            beforeToken: i => i == 6 ? Task.Delay(Timeout.Infinite, ctx.RequestAborted) : Task.CompletedTask);
        await using var host = await HostAsync();
        using var stop = new CancellationTokenSource();
        var seen = new List<string>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var f in host.Services.GetRequiredService<IResearchAnswerer>().AnswerAsync(Narwhal, stop.Token))
            {
                seen.Add(f);
                stop.Cancel();
            }
        });

        Assert.Equal("Narwhals", seen.Single());
    }
}

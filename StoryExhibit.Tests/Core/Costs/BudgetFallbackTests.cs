using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Core.Generation.Images.Grpc;
using StoryExhibit.Core.Generation.Images.Offline;
using StoryExhibit.Core.Generation.Offline;
using StoryExhibit.Core.Generation.OpenAI;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.Espeak;
using StoryExhibit.Core.Generation.Speech.OpenAI;
using StoryExhibit.Core.Stories;
using StoryExhibit.Tests.Core.Generation.Images;
using StoryExhibit.Tests.Core.Generation.Speech;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Costs;

/// <summary>
/// A paid provider on a real loopback server, a tiny budget: the first call goes to the server and is recorded with
/// its cost, the next is served by the offline provider, and the status says the exhibit is falling back.
/// </summary>
public sealed class BudgetFallbackTests(GrpcTestServer grpc) : IClassFixture<GrpcTestServer>, IAsyncLifetime
{
    private const string ServerProse = "The lighthouse keeper counted the gulls, and one of them counted back.";
    private OpenAICompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAICompatibleServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static async Task<Scene> WriteAsync(StoryEngine engine, Story story, Scene? from)
    {
        SceneProgress? last = null;
        await foreach (var step in engine.ContinueAsync(story, from?.Id, from?.Choices[0].Id, default)) last = step;
        return last!.Scene;
    }

    [Fact]
    public async Task Text_falls_back_to_the_offline_storyteller_once_the_budget_is_spent()
    {
        _server.ReplyWith(ServerProse);
        await using var host = await CostsTestHost.StartAsync(
            new Dictionary<string, string?> { ["Costs:ServiceBudgets:Text"] = "0.00001" },
            services => services.AddSingleton<IChatClient>(sp =>
                OpenAIStoryteller.Create(new OpenAICompatibleOptions { Endpoint = _server.Endpoint, Model = OpenAICompatibleServer.Model, MaxRetries = 0 })
                    .AsBuilder()
                    .UseCostAccounting(sp.GetRequiredService<CostAccounting>(), "OpenAICompatible", new OfflineStoryteller(new OfflineStorytellerOptions { WordDelay = TimeSpan.Zero }))
                    .Build()));
        var engine = host.Services.GetRequiredService<StoryEngine>();
        var story = await engine.StartAsync(new StorySeed { Prompt = "A lighthouse keeper and a clever gull", Genre = "Adventure", Length = 4, RandomSeed = 7 }, default);

        var first = await WriteAsync(engine, story, null);
        Assert.Contains("counted back", first.Prose);
        Assert.NotEmpty(first.Choices);
        var second = await WriteAsync(engine, story, first);

        Assert.DoesNotContain("counted back", second.Prose);
        Assert.True(second.Prose.Length > 100, "The offline storyteller should have written the second scene.");
        Assert.Single(_server.Requests);
        var calls = await host.WaitForStoredCallsAsync(2);
        Assert.Equal(["OpenAICompatible", "Offline"], calls.Select(c => c.Provider));
        var paid = calls[0];
        Assert.Equal((10 * 0.15m + 20 * 0.60m) / 1_000_000m, paid.EstimatedCost); // from the usage the server reported
        Assert.Equal((30.0, "tokens"), (paid.Units, paid.UnitKind));
        Assert.True(paid.Succeeded);
        Assert.Equal(0m, calls[1].EstimatedCost);
        Assert.Equal("tokens (est.)", calls[1].UnitKind);
        Assert.True(calls[1].LatencyMs > 0);
        var text = host.Guard.Status().For(GeneratorService.Text);
        Assert.True(text.FallingBack);
        Assert.False(text.AllowsPaidCalls);
        Assert.Equal(paid.EstimatedCost, text.Spent);
    }

    [Fact]
    public async Task The_configured_storyteller_is_metered_and_falls_back_without_any_wiring_in_the_test()
    {
        _server.ReplyWith(ServerProse);
        await using var host = await CostsTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Costs:ServiceBudgets:Text"] = "0.00001",
            ["Generation:Text:Provider"] = "OpenAICompatible",
            ["Generation:Text:OpenAICompatible:Endpoint"] = _server.Endpoint.ToString(),
            ["Generation:Text:OpenAICompatible:Model"] = OpenAICompatibleServer.Model,
            ["Generation:Text:OpenAICompatible:MaxRetries"] = "0",
            ["Exhibit:Moderation:UseProvider"] = "false", // the provider's own moderation calls are proved in ProviderModerationTests
        });
        var engine = host.Services.GetRequiredService<StoryEngine>();
        var story = await engine.StartAsync(new StorySeed { Prompt = "A lighthouse keeper and a clever gull", Genre = "Adventure", Length = 4, RandomSeed = 7 }, default);

        var first = await WriteAsync(engine, story, null);
        var second = await WriteAsync(engine, story, first);

        Assert.Contains("counted back", first.Prose);
        Assert.DoesNotContain("counted back", second.Prose);
        Assert.Single(_server.Requests);
        var calls = (await host.WaitForStoredCallsAsync(2)).Where(c => c.Service == GeneratorService.Text).ToList();
        Assert.Equal(["OpenAICompatible", "Offline"], calls.Select(c => c.Provider));
        Assert.True(host.Guard.Status().For(GeneratorService.Text).FallingBack);
    }

    [Fact]
    public async Task Without_reported_usage_tokens_are_estimated_from_the_characters()
    {
        _server.Handler = (ctx, _) => OpenAICompatibleServer.StreamTextAsync(ctx, OpenAICompatibleServer.SplitTokens(ServerProse));
        await using var host = await CostsTestHost.StartAsync();
        var client = OpenAIStoryteller.Create(new OpenAICompatibleOptions { Endpoint = _server.Endpoint, Model = "m", MaxRetries = 0 })
            .AsBuilder().UseCostAccounting(host.Costs, "OpenAICompatible", new OfflineStoryteller(new OfflineStorytellerOptions())).Build();

        var messages = new List<ChatMessage> { new(ChatRole.User, new string('a', 400)) };
        await foreach (var _ in client.GetStreamingResponseAsync(messages)) { }

        var call = Assert.Single(await host.WaitForStoredCallsAsync(1));
        Assert.Equal("tokens (est.)", call.UnitKind);
        var output = Prices.EstimateTokens(ServerProse.Length);
        Assert.Equal(100 + output, call.Units);
        Assert.Equal((100 * 0.15m + output * 0.60m) / 1_000_000m, call.EstimatedCost);
    }

    [Fact]
    public async Task A_failed_call_is_recorded_with_its_kind_and_no_cost()
    {
        _server.Handler = (ctx, _) => OpenAICompatibleServer.WriteErrorAsync(ctx, 401, "Incorrect API key for the visitor's secret story");
        await using var host = await CostsTestHost.StartAsync();
        var client = OpenAIStoryteller.Create(new OpenAICompatibleOptions { Endpoint = _server.Endpoint, Model = "m", MaxRetries = 0 })
            .AsBuilder().UseCostAccounting(host.Costs, "OpenAICompatible", new OfflineStoryteller(new OfflineStorytellerOptions())).Build();

        await Assert.ThrowsAnyAsync<Exception>(async () => { await foreach (var _ in client.GetStreamingResponseAsync([new ChatMessage(ChatRole.User, "my secret story")])) { } });

        var call = Assert.Single(await host.WaitForStoredCallsAsync(1));
        Assert.False(call.Succeeded);
        Assert.Equal("HTTP 401", call.Error);
        Assert.Equal(0m, call.EstimatedCost);
    }

    [Fact]
    public async Task Pictures_fall_back_to_the_offline_illustrator_once_the_budget_is_spent()
    {
        var key = "budget-picture-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await CostsTestHost.StartAsync(new Dictionary<string, string?> { ["Costs:ServiceBudgets:Images"] = "0.001" });
        using var sdxl = Sdxl();
        var illustrator = host.Costs.WrapImages(sdxl, "SdxlTurbo", new OfflineIllustrator());

        var first = await illustrator.GenerateAsync(new ImageRequest { Prompt = key, Width = 320, Height = 180 }, default);
        var second = await illustrator.GenerateAsync(new ImageRequest { Prompt = key, Width = 320, Height = 180 }, default);

        Assert.Equal("image/png", first.MediaType);
        Assert.Equal(OfflineIllustrator.MediaType, second.MediaType);
        Assert.Equal(1, await ServerCallsAsync(key));
        var calls = await host.WaitForStoredCallsAsync(2);
        Assert.Equal([("SdxlTurbo", 0.002m), ("Offline", 0m)], calls.Select(c => (c.Provider, c.EstimatedCost)));
        Assert.All(calls, c => Assert.Equal((1.0, "pictures"), (c.Units, c.UnitKind)));
        Assert.True(host.Guard.Status().For(GeneratorService.Images).FallingBack);
    }

    [Fact]
    public async Task A_live_canvas_switches_to_offline_frames_mid_stream_and_closes_the_paid_stream()
    {
        var key = "budget-live-" + Guid.NewGuid().ToString("N")[..8];
        await using var host = await CostsTestHost.StartAsync(new Dictionary<string, string?> { ["Costs:ServiceBudgets:Images"] = "0.005" });
        using var sdxl = Sdxl();
        var live = host.Costs.WrapLiveImages(sdxl, "SdxlTurbo", new OfflineIllustrator());

        var media = new List<string>();
        await foreach (var frame in live.StreamFramesAsync(new ImageRequest { Prompt = key, Width = 320, Height = 180 }, 20, default))
        {
            media.Add(frame.Image.MediaType);
            if (media.Count == 6) break;
        }

        // 0.002 a frame against 0.005: three frames start within budget (the third overruns and is allowed to finish).
        Assert.Equal(["image/png", "image/png", "image/png", OfflineIllustrator.MediaType, OfflineIllustrator.MediaType, OfflineIllustrator.MediaType], media);
        Assert.True(await WaitAsync(async () => (await grpc.StatsAsync()).Cancelled.Contains(key)),
            "The paid stream should have been closed when the budget was spent.");
        var calls = await host.WaitForStoredCallsAsync(3);
        Assert.Equal(0.006m, calls.Where(c => c.Provider == "SdxlTurbo").Sum(c => c.EstimatedCost));
        Assert.DoesNotContain(calls, c => c.Provider == "Offline"); // free frames are not recorded one by one
    }

    [Fact]
    public async Task Narration_falls_back_to_espeak_with_its_own_voice()
    {
        _server.SpeechHandler = (ctx, _) => OpenAICompatibleServer.WriteAudioAsync(ctx, OpenAISpeechSynthesizerTests.Wav(0.5), "audio/wav");
        await using var host = await CostsTestHost.StartAsync(new Dictionary<string, string?> { ["Costs:ServiceBudgets:Speech"] = "0.0001" });
        var paid = new OpenAISpeechSynthesizer(new OpenAISpeechOptions
        {
            Endpoint = _server.Endpoint, ApiKey = "sk-test", Model = "tts-1", DefaultVoice = "alloy", ResponseFormat = "wav", MaxRetries = 0, Timeout = TimeSpan.FromSeconds(10),
        });
        var narrator = host.Costs.WrapSpeech(paid, "OpenAI", new EspeakSpeechSynthesizer());
        var sentence = new SpeechRequest("The gull tipped its hat and flew off towards the harbour lights.", Voice: "alloy");

        await narrator.SynthesizeAsync(sentence, default);
        var second = await narrator.SynthesizeAsync(sentence, default);

        Assert.Single(_server.SpeechRequests);
        Assert.True(second.Bytes.Length > 1000, "espeak-ng should have spoken the second sentence.");
        var calls = await host.WaitForStoredCallsAsync(2);
        Assert.Equal(["OpenAI", "Espeak"], calls.Select(c => c.Provider));
        Assert.Equal(sentence.Text.Length * 15m / 1_000_000m, calls[0].EstimatedCost);
        Assert.Equal((sentence.Text.Length * 1.0, "characters"), (calls[1].Units, calls[1].UnitKind));
        Assert.True(host.Guard.Status().For(GeneratorService.Speech).FallingBack);
    }

    [Fact]
    public async Task An_offline_provider_is_recorded_free_with_its_latency_and_never_falls_back()
    {
        await using var host = await CostsTestHost.StartAsync(new Dictionary<string, string?> { ["Costs:DailyBudget"] = "0" });
        var illustrator = host.Costs.WrapImages(new OfflineIllustrator(), "Offline", offline: null);

        var image = await illustrator.GenerateAsync(new ImageRequest { Prompt = "A quiet harbour" }, default);

        Assert.Equal(OfflineIllustrator.MediaType, image.MediaType);
        var call = Assert.Single(await host.WaitForStoredCallsAsync(1));
        Assert.Equal(("Offline", 0m, true), (call.Provider, call.EstimatedCost, call.Succeeded));
        Assert.True(call.LatencyMs > 0);
        Assert.False(host.Guard.Status().For(GeneratorService.Images).FallingBack);
    }

    private SdxlTurboIllustrator Sdxl() => new(new SdxlTurboOptions { Endpoint = grpc.Address, MaxRetries = 0, Timeout = TimeSpan.FromSeconds(5), Width = null, Height = null });

    private async Task<int> ServerCallsAsync(string key) => (await grpc.StatsAsync()).Calls.GetValueOrDefault(key);

    private static async Task<bool> WaitAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50; i++)
        {
            if (await condition()) return true;
            await Task.Delay(100);
        }
        return false;
    }
}

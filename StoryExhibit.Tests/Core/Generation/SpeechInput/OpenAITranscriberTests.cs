using System.Buffers.Binary;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.SpeechInput;
using StoryExhibit.Tests.Core.Costs;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Generation.SpeechInput;

/// <summary>The OpenAI-compatible transcriber against a real loopback server: the form it sends, errors, a slow server, and falling back to pocketsphinx.</summary>
public sealed class OpenAITranscriberTests : IAsyncLifetime
{
    private TranscriptionServer _server = null!;
    private byte[] _webm = [];

    public async Task InitializeAsync()
    {
        _server = await TranscriptionServer.StartAsync();
        _webm = await SpokenSamples.AsWebmAsync(await SpokenSamples.FestivalWavAsync("the dragon flies over the castle"));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private SpeechInputOptions Options(TimeSpan? timeout = null) => new()
    {
        Provider = SpeechInputProvider.OpenAICompatible, Endpoint = _server.Address, ApiKey = "sk-test-key", Model = "test-whisper",
        Language = "en", Timeout = timeout ?? TimeSpan.FromSeconds(10),
    };

    [Fact]
    public async Task It_posts_a_multipart_form_with_the_model_the_language_and_a_16_kHz_mono_WAV()
    {
        _server.Handler = (ctx, _) => TranscriptionServer.ReplyAsync(ctx, " What if the dragon could fly? ");

        var transcript = await new OpenAITranscriber(Options()).TranscribeAsync(new SpokenAudio(_webm, "audio/webm"), default);

        Assert.Equal("What if the dragon could fly?", transcript.Text);
        var request = Assert.Single(_server.Requests);
        Assert.Equal("Bearer sk-test-key", request.Authorization);
        Assert.Equal("test-whisper", request.Fields["model"]);
        Assert.Equal("en", request.Fields["language"]);
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(request.File, 0, 4));
        Assert.Equal(1, BinaryPrimitives.ReadInt16LittleEndian(request.File.AsSpan(22)));
        Assert.Equal(16_000, BinaryPrimitives.ReadInt32LittleEndian(request.File.AsSpan(24)));
        Assert.EndsWith(".wav", request.FileName);
    }

    [Fact]
    public async Task A_refused_key_is_a_kind_failure_with_the_status_for_staff()
    {
        _server.Handler = (ctx, _) => TranscriptionServer.ErrorAsync(ctx, 401, "Incorrect API key provided");

        var ex = await Assert.ThrowsAsync<GenerationException>(() => new OpenAITranscriber(Options()).TranscribeAsync(new SpokenAudio(_webm, "audio/webm"), default));

        Assert.Equal("The speech recognition service refused the credentials.", ex.Message);
        Assert.Contains("HTTP 401", ex.Detail);
        Assert.Contains("Incorrect API key", ex.Detail);
    }

    [Fact]
    public async Task A_server_slower_than_the_timeout_is_given_up()
    {
        _server.Handler = async (ctx, _) => { await Task.Delay(TimeSpan.FromSeconds(20), ctx.RequestAborted); await TranscriptionServer.ReplyAsync(ctx, "too late"); };

        var ex = await Assert.ThrowsAsync<GenerationException>(() =>
            new OpenAITranscriber(Options(TimeSpan.FromSeconds(1))).TranscribeAsync(new SpokenAudio(_webm, "audio/webm"), default));

        Assert.Equal("The speech recognition service did not answer in time.", ex.Message);
    }

    [Fact]
    public async Task When_the_server_is_slow_pocketsphinx_listens_and_both_calls_are_recorded()
    {
        _server.Handler = async (ctx, _) => { await Task.Delay(TimeSpan.FromSeconds(20), ctx.RequestAborted); await TranscriptionServer.ReplyAsync(ctx, "too late"); };
        await using var host = await CostsTestHost.StartAsync(Settings(timeout: "00:00:01"));

        var transcript = await host.Services.GetRequiredService<CurrentSpeechInput>().Transcriber!.TranscribeAsync(new SpokenAudio(_webm, "audio/webm"), default);

        Assert.Contains("dragon", transcript.Text);
        var calls = await host.WaitForStoredCallsAsync(2);
        Assert.Equal([("OpenAICompatible", false, "Timeout"), ("Pocketsphinx", true, null)], calls.Select(c => (c.Provider, c.Succeeded, c.Error)));
        Assert.All(calls, c => Assert.Equal(GeneratorService.Speech, c.Service));
    }

    [Fact]
    public async Task A_paid_call_is_recorded_by_the_seconds_heard_and_once_the_budget_is_spent_pocketsphinx_listens()
    {
        _server.Handler = (ctx, _) => TranscriptionServer.ReplyAsync(ctx, "the dragon flies over the castle");
        await using var host = await CostsTestHost.StartAsync(Settings(budget: "0.000001"));
        var transcriber = host.Services.GetRequiredService<CurrentSpeechInput>().Transcriber!;

        await transcriber.TranscribeAsync(new SpokenAudio(_webm, "audio/webm"), default);
        var second = await transcriber.TranscribeAsync(new SpokenAudio(_webm, "audio/webm"), default);

        Assert.Single(_server.Requests);
        Assert.Contains("castle", second.Text);
        var calls = await host.WaitForStoredCallsAsync(2);
        Assert.Equal(["OpenAICompatible", "Pocketsphinx"], calls.Select(c => c.Provider));
        Assert.Equal("seconds", calls[0].UnitKind);
        Assert.InRange(calls[0].Units, 1, 10);
        Assert.True(calls[0].EstimatedCost > 0);
        Assert.Equal(0m, calls[1].EstimatedCost);
    }

    private Dictionary<string, string?> Settings(string timeout = "00:00:10", string? budget = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Generation:SpeechInput:Provider"] = "OpenAICompatible",
            ["Generation:SpeechInput:Endpoint"] = _server.Address.ToString(),
            ["Generation:SpeechInput:Model"] = "test-whisper",
            ["Generation:SpeechInput:Timeout"] = timeout,
        };
        if (budget is not null) settings["Costs:ServiceBudgets:Speech"] = budget;
        return settings;
    }
}

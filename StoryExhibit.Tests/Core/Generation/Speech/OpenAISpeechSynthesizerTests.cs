using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using StoryExhibit.Core.Generation;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Generation.Speech.OpenAI;
using StoryExhibit.Tests.Infrastructure;

namespace StoryExhibit.Tests.Core.Generation.Speech;

/// <summary>Against a real loopback server speaking <c>POST /v1/audio/speech</c>.</summary>
public sealed class OpenAISpeechSynthesizerTests : IAsyncLifetime
{
    private OpenAICompatibleServer _server = null!;

    public async Task InitializeAsync() => _server = await OpenAICompatibleServer.StartAsync();
    public async Task DisposeAsync() => await _server.DisposeAsync();

    private OpenAISpeechSynthesizer Synthesizer(TimeSpan? timeout = null, string format = "wav", string? apiKey = "sk-test", bool bareEndpoint = false) => new(new OpenAISpeechOptions
    {
        Endpoint = bareEndpoint ? new Uri(_server.Endpoint.GetLeftPart(UriPartial.Authority)) : _server.Endpoint,
        ApiKey = apiKey,
        Model = "chatterbox",
        DefaultVoice = "narrator",
        ResponseFormat = format,
        MaxRetries = 0,
        Timeout = timeout ?? TimeSpan.FromSeconds(10),
    });

    /// <summary>A PCM WAV of the given length: 16 kHz mono 16-bit.</summary>
    internal static byte[] Wav(double seconds)
    {
        var data = (int)(16000 * seconds) * 2;
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write("RIFF"u8); w.Write(36 + data); w.Write("WAVE"u8);
        w.Write("fmt "u8); w.Write(16); w.Write((short)1); w.Write((short)1); w.Write(16000); w.Write(32000); w.Write((short)2); w.Write((short)16);
        w.Write("data"u8); w.Write(data); w.Write(new byte[data]);
        return ms.ToArray();
    }

    [Fact]
    public async Task Sends_the_request_body_and_reads_the_streamed_audio()
    {
        var wav = Wav(1.5);
        _server.SpeechHandler = (ctx, _) => OpenAICompatibleServer.WriteAudioAsync(ctx, wav, "audio/wav", pieces: 5, pause: TimeSpan.FromMilliseconds(30));
        var extra = new Dictionary<string, object?> { ["exaggeration"] = 0.7, ["cfg_weight"] = 0.5, ["seed"] = 42L, ["stream"] = false };
        var audio = await Synthesizer().SynthesizeAsync(new SpeechRequest("The bell rang twice.", "mira", 1.25, Pitch: 60, extra), CancellationToken.None);

        Assert.Equal(wav, audio.Bytes);
        Assert.Equal("audio/wav", audio.MediaType);
        Assert.Equal(1.5, audio.Duration!.Value.TotalSeconds, 3);
        var request = Assert.Single(_server.SpeechRequests);
        Assert.Equal("Bearer sk-test", request.Authorization);
        var body = request.Body;
        Assert.Equal("chatterbox", body.GetProperty("model").GetString());
        Assert.Equal("The bell rang twice.", body.GetProperty("input").GetString());
        Assert.Equal("mira", body.GetProperty("voice").GetString());
        Assert.Equal(1.25, body.GetProperty("speed").GetDouble());
        Assert.Equal("wav", body.GetProperty("response_format").GetString());
        Assert.Equal(0.7, body.GetProperty("exaggeration").GetDouble());
        Assert.Equal(42, body.GetProperty("seed").GetInt32());
        Assert.Equal(JsonValueKind.False, body.GetProperty("stream").ValueKind);
    }

    [Fact]
    public async Task Mp3_keeps_the_servers_media_type_and_the_default_voice_is_used()
    {
        var mp3 = Encoding.ASCII.GetBytes("ID3fake-mp3-frames");
        _server.SpeechHandler = (ctx, _) => OpenAICompatibleServer.WriteAudioAsync(ctx, mp3, "audio/mpeg");
        var audio = await Synthesizer(format: "mp3", apiKey: null, bareEndpoint: true).SynthesizeAsync(new SpeechRequest("Hello there."), CancellationToken.None);
        Assert.Equal(mp3, audio.Bytes);
        Assert.Equal("audio/mpeg", audio.MediaType);
        Assert.Null(audio.Duration);
        var request = Assert.Single(_server.SpeechRequests);
        Assert.Equal("narrator", request.Body.GetProperty("voice").GetString());
        Assert.Equal("Bearer no-key", request.Authorization);
    }

    [Theory]
    [InlineData(400, "Voice 'zz' not found", "The speech service rejected the request", "The speech service rejected the request (HTTP 400): Voice 'zz' not found")]
    [InlineData(401, "bad key", "The speech service refused the credentials", "The speech service refused the credentials (HTTP 401): bad key")]
    [InlineData(429, "slow down", "The speech service is busy right now", "The speech service is busy right now (HTTP 429): slow down")]
    [InlineData(500, "CUDA out of memory", "The speech service had an internal problem", "The speech service had an internal problem (HTTP 500): CUDA out of memory")]
    public async Task Errors_carry_a_visitor_safe_message_and_the_servers_reason_for_staff(int status, string reason, string forVisitors, string forStaff)
    {
        _server.SpeechHandler = (ctx, _) => OpenAICompatibleServer.WriteErrorAsync(ctx, status, reason);
        var ex = await Assert.ThrowsAsync<GenerationException>(() => Synthesizer().SynthesizeAsync(new SpeechRequest("Hi there."), CancellationToken.None));
        Assert.Equal(forVisitors + ".", ex.Message);
        Assert.Equal(forStaff, ex.Detail);
        Assert.Contains(forStaff, ex.ToString()); // the log has the server's reason
        Assert.Equal(OpenAISpeechSynthesizer.Provider, ex.Provider);
    }

    [Fact]
    public async Task An_empty_answer_is_an_error()
    {
        _server.SpeechHandler = (ctx, _) => { ctx.Response.StatusCode = 200; return Task.CompletedTask; };
        var ex = await Assert.ThrowsAsync<GenerationException>(() => Synthesizer().SynthesizeAsync(new SpeechRequest("Hi there."), CancellationToken.None));
        Assert.Equal("The speech service sent no audio.", ex.Message);
    }

    [Fact]
    public async Task A_server_that_does_not_answer_times_out()
    {
        _server.SpeechHandler = (ctx, _) => Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        var ex = await Assert.ThrowsAsync<GenerationException>(() => Synthesizer(TimeSpan.FromMilliseconds(400)).SynthesizeAsync(new SpeechRequest("Hi there."), CancellationToken.None));
        Assert.Equal("The speech service did not answer in time.", ex.Message);
    }

    [Fact]
    public async Task A_stream_that_stalls_midway_times_out()
    {
        var wav = Wav(1);
        _server.SpeechHandler = async (ctx, _) =>
        {
            ctx.Response.ContentType = "audio/wav";
            await ctx.Response.Body.WriteAsync(wav.AsMemory(0, 1000), ctx.RequestAborted);
            await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
            await Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        };
        var ex = await Assert.ThrowsAsync<GenerationException>(() => Synthesizer(TimeSpan.FromMilliseconds(400)).SynthesizeAsync(new SpeechRequest("Hi there."), CancellationToken.None));
        Assert.Equal("The speech service did not answer in time.", ex.Message);
    }

    [Fact]
    public async Task Caller_cancellation_is_OperationCanceledException()
    {
        _server.SpeechHandler = (ctx, _) => Task.Delay(Timeout.Infinite, ctx.RequestAborted);
        using var cts = new CancellationTokenSource(200);
        var ex = await Record.ExceptionAsync(() => Synthesizer().SynthesizeAsync(new SpeechRequest("Hi there."), cts.Token));
        Assert.IsAssignableFrom<OperationCanceledException>(ex);
    }

    [Fact]
    public async Task An_unreachable_server_is_reported_as_such()
    {
        var port = _server.Endpoint.Port;
        await _server.DisposeAsync();
        var synthesizer = new OpenAISpeechSynthesizer(new OpenAISpeechOptions { Endpoint = new Uri($"http://127.0.0.1:{port}/v1"), MaxRetries = 0 });
        var ex = await Assert.ThrowsAsync<GenerationException>(() => synthesizer.SynthesizeAsync(new SpeechRequest("Hi there."), CancellationToken.None));
        Assert.Equal("The speech service could not be reached.", ex.Message);
        _server = await OpenAICompatibleServer.StartAsync(); // for DisposeAsync
    }

    [Fact]
    public async Task Voices_are_OpenAIs_or_the_configured_ones()
    {
        var openAi = await new OpenAISpeechSynthesizer(new OpenAISpeechOptions()).ListVoicesAsync(CancellationToken.None);
        Assert.Contains(openAi, v => v.Id == "alloy");
        var custom = await new OpenAISpeechSynthesizer(new OpenAISpeechOptions { DefaultVoice = "narrator", Voices = ["emily", "ben"] }).ListVoicesAsync(CancellationToken.None);
        Assert.Equal(["narrator", "emily", "ben"], custom.Select(v => v.Id));
    }
}

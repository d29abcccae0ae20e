using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Text.Json;
using StoryExhibit.Core.Generation.OpenAI;
using OpenAIClientOptions = global::OpenAI.OpenAIClientOptions;
using Sdk = global::OpenAI.Audio;

namespace StoryExhibit.Core.Generation.Speech.OpenAI;

/// <summary>
/// Speech from OpenAI or any server speaking its <c>POST /v1/audio/speech</c> protocol, through the OpenAI SDK's
/// <see cref="Sdk.AudioClient"/>. The request body is written here so that extra parameters a compatible server
/// understands (Chatterbox's <c>exaggeration</c>, <c>cfg_weight</c>...) go along; the audio is read as it streams,
/// with <see cref="OpenAISpeechOptions.Timeout"/> as the longest silence allowed.
/// </summary>
public sealed class OpenAISpeechSynthesizer : ISpeechSynthesizer
{
    public const string Provider = "openai-speech";
    private static readonly OpenAIErrors Errors = new(Provider, "speech service", "model, voice or address");
    /// <summary>OpenAI's built-in voices.</summary>
    public static readonly IReadOnlyList<string> OpenAIVoices = ["alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx", "sage", "shimmer", "verse"];
    private const int MaxAudioBytes = 32 * 1024 * 1024;

    private readonly OpenAISpeechOptions _options;
    private readonly Sdk.AudioClient _client;

    /// <param name="httpClient">Optional HTTP client to send requests with (not disposed here).</param>
    public OpenAISpeechSynthesizer(OpenAISpeechOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Model, nameof(options.Model));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.ResponseFormat, nameof(options.ResponseFormat));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero, nameof(options.Timeout));
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries, nameof(options.MaxRetries));
        _options = options;

        var clientOptions = OpenAIConnection.Options(options.Endpoint, options.Timeout, options.MaxRetries, httpClient);
        _client = new Sdk.AudioClient(options.Model, OpenAIConnection.Key(options.ApiKey), clientOptions);
    }

    public string Name => Provider;

    public async Task<SpeechAudio> SynthesizeAsync(SpeechRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrWhiteSpace(request.Text)) throw new GenerationException(Provider, "There is no text to speak.");
        using var content = BinaryContent.Create(BinaryData.FromBytes(RequestBody(request)));
        using var watchdog = new StallWatchdog(_options.Timeout, ct);
        try
        {
            var result = await _client.GenerateSpeechAsync(content, new RequestOptions { BufferResponse = false, CancellationToken = watchdog.Token })
                .ConfigureAwait(false);
            using var response = result.GetRawResponse();
            var bytes = await ReadAudioAsync(response.ContentStream, watchdog).ConfigureAwait(false);
            if (bytes.Length == 0) throw new GenerationException(Provider, "The speech service sent no audio.");
            var mediaType = MediaTypeOf(response, bytes);
            if (mediaType == WavFile.MediaType) WavFile.FixSizes(bytes);
            return new SpeechAudio(bytes, mediaType, mediaType == WavFile.MediaType ? WavFile.Duration(bytes) : null);
        }
        catch (Exception ex)
        {
            if (ct.IsCancellationRequested)
                throw ex as OperationCanceledException ?? new OperationCanceledException("The caller cancelled.", ex, ct);
            throw watchdog.Fired ? Errors.Timeout(ex) : Errors.Map(ex);
        }
    }

    public Task<IReadOnlyList<SpeechVoice>> ListVoicesAsync(CancellationToken ct)
    {
        IEnumerable<string> ids = _options.Voices.Count > 0 ? _options.Voices : OpenAIVoices;
        if (!ids.Contains(_options.DefaultVoice, StringComparer.OrdinalIgnoreCase)) ids = ids.Prepend(_options.DefaultVoice);
        IReadOnlyList<SpeechVoice> voices = ids.Select(v => new SpeechVoice(v, CultureInfo.InvariantCulture.TextInfo.ToTitleCase(v))).ToList();
        return Task.FromResult(voices);
    }

    /// <summary><c>{model, input, voice, speed, response_format, ...extra}</c>; extra parameters may override the others.</summary>
    internal byte[] RequestBody(SpeechRequest request)
    {
        var body = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["model"] = _options.Model,
            ["input"] = request.Text,
            ["voice"] = string.IsNullOrWhiteSpace(request.Voice) ? _options.DefaultVoice : request.Voice,
            ["speed"] = Math.Clamp(double.IsFinite(request.Speed) && request.Speed > 0 ? request.Speed : 1.0, 0.25, 4.0),
            ["response_format"] = _options.ResponseFormat,
        };
        if (request.ExtraParameters is { } extra)
            foreach (var (name, value) in extra)
                body[name] = value;
        return JsonSerializer.SerializeToUtf8Bytes(body);
    }

    private static async Task<byte[]> ReadAudioAsync(Stream? stream, StallWatchdog watchdog)
    {
        if (stream is null) return [];
        using var memory = new MemoryStream();
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var read = await stream.ReadAsync(buffer, watchdog.Token).ConfigureAwait(false);
            if (read == 0) break;
            if (memory.Length + read > MaxAudioBytes) throw new GenerationException(Provider, "The speech service sent far too much audio.");
            memory.Write(buffer, 0, read);
            watchdog.Restart();
        }
        return memory.ToArray();
    }

    /// <summary>The server's audio/* content type when it gives one, else what the bytes or the requested format say.</summary>
    private string MediaTypeOf(PipelineResponse response, byte[] bytes)
    {
        if (WavFile.IsWav(bytes)) return WavFile.MediaType;
        if (response.Headers.TryGetValue("Content-Type", out var type) && type is not null)
        {
            var bare = type.Split(';')[0].Trim().ToLowerInvariant();
            if (bare.StartsWith("audio/", StringComparison.Ordinal)) return bare is "audio/x-wav" or "audio/wave" ? WavFile.MediaType : bare;
        }
        return SpeechMediaTypes.ForFormat(_options.ResponseFormat);
    }
}

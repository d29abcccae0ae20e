using StoryExhibit.Core.Generation.OpenAI;
using Sdk = global::OpenAI.Audio;

namespace StoryExhibit.Core.Generation.SpeechInput;

/// <summary>
/// Speech input from OpenAI or any server speaking its <c>POST /v1/audio/transcriptions</c> protocol (a multipart form:
/// the file, the model, the language), through the OpenAI SDK's <see cref="Sdk.AudioClient"/>. The recording is sent
/// as 16 kHz mono WAV, which every such server reads (whisper.cpp's server reads nothing else).
/// </summary>
public sealed class OpenAITranscriber : ISpeechTranscriber
{
    public const string Provider = "OpenAICompatible";
    private static readonly OpenAIErrors Errors = new(Provider, "speech recognition service");

    private readonly SpeechInputOptions _options;
    private readonly Sdk.AudioClient _client;

    /// <param name="httpClient">Optional HTTP client to send requests with (not disposed here).</param>
    public OpenAITranscriber(SpeechInputOptions options, HttpClient? httpClient = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Model, nameof(options.Model));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Timeout, TimeSpan.Zero, nameof(options.Timeout));
        _options = options;
        var clientOptions = OpenAIConnection.Options(options.Endpoint, options.Timeout, maxRetries: 0, httpClient);
        _client = new Sdk.AudioClient(options.Model, OpenAIConnection.Key(options.ApiKey), clientOptions);
    }

    public string Name => Provider;

    public async Task<Transcript> TranscribeAsync(SpokenAudio audio, CancellationToken ct)
    {
        var pcm = await RecognitionAudio.FromAsync(audio, _options, ct).ConfigureAwait(false);
        if (pcm.Pcm.Length == 0) return new Transcript("", TimeSpan.Zero);
        using var overdue = new CancellationTokenSource(_options.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, overdue.Token);
        try
        {
            using var wav = new MemoryStream(pcm.ToWav(), writable: false);
            var request = new Sdk.AudioTranscriptionOptions
            {
                Language = string.IsNullOrWhiteSpace(_options.Language) ? null : _options.Language,
                ResponseFormat = Sdk.AudioTranscriptionFormat.Simple,
            };
            var result = await _client.TranscribeAudioAsync(wav, "speech.wav", request, linked.Token).ConfigureAwait(false);
            return new Transcript(result.Value.Text?.Trim() ?? "", pcm.Duration);
        }
        catch (Exception ex)
        {
            if (ct.IsCancellationRequested)
                throw ex as OperationCanceledException ?? new OperationCanceledException("The caller cancelled.", ex, ct);
            throw overdue.IsCancellationRequested ? Errors.Timeout(ex) : Errors.Map(ex);
        }
    }
}

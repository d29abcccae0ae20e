using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;

namespace StoryExhibit.Core.Generation.SpeechInput;

/// <summary>
/// The speech input provider as the settings are now; a change on the settings page applies to the next recording.
/// Every transcription is recorded as a provider call; a paid service falls back to pocketsphinx.
/// </summary>
public sealed class CurrentSpeechInput(IOptionsMonitor<SpeechInputOptions> options, CostAccounting? costs = null, ILogger<CurrentSpeechInput>? log = null)
{
    private readonly Lock _gate = new();
    private (SpeechInputOptions Options, ISpeechTranscriber? Transcriber)? _snapshot;

    public SpeechInputOptions Options => options.CurrentValue;

    /// <summary>The transcriber to use now; null when speech input is switched off.</summary>
    public ISpeechTranscriber? Transcriber
    {
        get
        {
            var now = options.CurrentValue;
            lock (_gate)
            {
                if (_snapshot?.Options != now) _snapshot = (now, Create(now));
                return _snapshot.Value.Transcriber;
            }
        }
    }

    private ISpeechTranscriber? Create(SpeechInputOptions o)
    {
        if (!o.Enabled) return null;
        var offline = new PocketsphinxTranscriber(o);
        ISpeechTranscriber chosen = o.Provider == SpeechInputProvider.OpenAICompatible ? new OpenAITranscriber(o) : offline;
        if (costs is null) return chosen;
        return new MeteredTranscriber(chosen, ReferenceEquals(chosen, offline) ? null : offline, costs, log ?? (ILogger)NullLogger.Instance);
    }

    /// <summary>A transcriber for exactly these settings, unmetered: for "test connection" on the settings page.</summary>
    public static ISpeechTranscriber CreateUnmetered(SpeechInputOptions o, HttpClient? httpClient = null) =>
        o.Provider == SpeechInputProvider.OpenAICompatible ? new OpenAITranscriber(o, httpClient) : new PocketsphinxTranscriber(o);
}

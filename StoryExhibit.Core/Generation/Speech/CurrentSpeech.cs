using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Narration;

namespace StoryExhibit.Core.Generation.Speech;

/// <summary>
/// The speech provider and narration settings as they are now. When staff change the settings, the next
/// use builds them anew, so a change applies without a restart.
/// </summary>
public sealed class CurrentSpeech(IOptionsMonitor<SpeechOptions> options, CostAccounting? costs = null)
{
    private readonly Lock _gate = new();
    private Snapshot? _snapshot;

    public SpeechOptions Options => options.CurrentValue;

    /// <summary>The server-side synthesizer; null when narration is off or the visitor's browser speaks.</summary>
    public ISpeechSynthesizer? Synthesizer => Current().Synthesizer;

    /// <summary>How narration speaks: voices, speed, sentence lengths, parallel syntheses.</summary>
    public NarrationSettings Settings => Current().Settings;

    /// <summary>A short fingerprint of everything that changes how narration sounds; stored clips are reused only for the same key.</summary>
    public string VoiceKey => Current().VoiceKey;

    private Snapshot Current()
    {
        var now = options.CurrentValue;
        lock (_gate)
        {
            if (_snapshot?.Options != now)
            {
                var synthesizer = Metered(SpeechServices.CreateSynthesizer(now), now);
                _snapshot = new Snapshot(now, synthesizer, NarrationSettings.From(now), KeyOf(now));
            }
            return _snapshot;
        }
    }

    /// <summary>Every sentence is recorded; once today's speech budget is spent, espeak-ng reads instead of a paid voice.</summary>
    private ISpeechSynthesizer? Metered(ISpeechSynthesizer? synthesizer, SpeechOptions o) => synthesizer is null || costs is null ? synthesizer
        : costs.WrapSpeech(synthesizer, o.Provider.ToString(),
            o.Provider is SpeechProvider.Espeak or SpeechProvider.Festival ? null : SpeechServices.CreateSynthesizer(new SpeechOptions { Provider = SpeechProvider.Espeak, Timeout = o.Timeout }));

    private static string KeyOf(SpeechOptions o)
    {
        var signature = string.Join('|', o.Provider, o.Voice, o.Speed, o.Pitch, o.Model, o.Endpoint, o.ResponseFormat,
            o.MinSentenceLength, o.MaxSentenceLength, o.MinClipLength, string.Join(',', o.CharacterVoices),
            string.Join(',', o.ExtraParameters.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(signature)))[..16];
    }

    private sealed record Snapshot(SpeechOptions Options, ISpeechSynthesizer? Synthesizer, NarrationSettings Settings, string VoiceKey);
}

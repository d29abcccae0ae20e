using System.Globalization;

namespace StoryExhibit.Core.Generation.Speech;

/// <summary>Who narrates: espeak-ng or Festival on this machine, OpenAI, an OpenAI-compatible TTS server, or the visitor's browser.</summary>
public enum SpeechProvider { Espeak, Festival, OpenAI, OpenAICompatible, Browser }

/// <summary>Narration settings (<c>Generation:Speech</c> in appsettings.json).</summary>
public sealed class SpeechOptions
{
    public const string Section = "Generation:Speech";

    public bool Enabled { get; set; } = true;
    public SpeechProvider Provider { get; set; } = SpeechProvider.Espeak;
    /// <summary>Narrator's voice; empty for the provider's default ("en" for espeak-ng, "cmu_us_slt_arctic_hts" for Festival, "alloy" for OpenAI).</summary>
    public string? Voice { get; set; }
    /// <summary>1.0 is normal speed.</summary>
    public double Speed { get; set; } = 1.0;
    /// <summary>0–99, 50 normal; espeak-ng only.</summary>
    public int? Pitch { get; set; }
    /// <summary>Server address for OpenAI-compatible speech (e.g. <c>http://localhost:4123</c>); empty means api.openai.com.</summary>
    public Uri? Endpoint { get; set; }
    public string? ApiKey { get; set; }
    /// <summary>Model for OpenAI and compatible servers; empty gives "gpt-4o-mini-tts" for OpenAI, "tts-1" for compatible servers.</summary>
    public string? Model { get; set; }
    /// <summary>Audio format asked of OpenAI and compatible servers: mp3, wav, opus, aac, flac.</summary>
    public string ResponseFormat { get; set; } = "mp3";
    /// <summary>Sent along with each request to OpenAI-compatible servers (numbers and true/false are sent as such).</summary>
    public Dictionary<string, string> ExtraParameters { get; set; } = [];
    /// <summary>Longest a sentence's synthesis may take (for servers: the longest silence).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Sentences shorter than this are merged with the next.</summary>
    public int MinSentenceLength { get; set; } = 20;
    /// <summary>Sentences longer than this are split at a clause boundary.</summary>
    public int MaxSentenceLength { get; set; } = 220;
    /// <summary>
    /// After the first sentence, sentences are joined into clips of at least this many characters (never past
    /// <see cref="MaxSentenceLength"/>; a character's quoted line keeps its own): each clip costs the server two
    /// processes, a file and a stored row, so fewer, longer clips make a scene cheaper. 0: one sentence a clip.
    /// </summary>
    public int MinClipLength { get; set; } = 110;
    /// <summary>How many sentences are synthesised at once.</summary>
    public int MaxParallel { get; set; } = 2;
    /// <summary>Narrate while the scene is still being written (otherwise once it is finished).</summary>
    public bool RealTimeNarration { get; set; } = true;
    /// <summary>Start narrating a newly written scene without the visitor pressing play.</summary>
    public bool AutoPlayLastScene { get; set; } = true;
    /// <summary>Voices given to quoted lines by named characters, e.g. ["en+m3", "en+f2"]; empty: the narrator reads every line.</summary>
    public IList<string> CharacterVoices { get; set; } = [];

    /// <summary>Extra parameters typed for JSON: "0.5" becomes a number, "true" a boolean, anything else stays text.</summary>
    public IReadOnlyDictionary<string, object?> TypedExtraParameters() => ExtraParameters.ToDictionary(
        p => p.Key,
        p => p.Value switch
        {
            null => null,
            var v when bool.TryParse(v, out var b) => b,
            var v when long.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var l) => l,
            var v when double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
            var v => (object?)v,
        },
        StringComparer.Ordinal);
}

namespace StoryExhibit.Core.Generation.Speech.Compression;

/// <summary>How narrated sentences are compressed before they are stored and served (opusenc from opus-tools, a Debian package installed by scripts/setup.sh).</summary>
public sealed class SpeechEncodingOptions
{
    /// <summary>The executable: a path, or a name looked up on PATH.</summary>
    public string EncoderPath { get; set; } = "opusenc";
    /// <summary>Opus bit rate in kbit/s; 32 keeps a single voice clear.</summary>
    public int BitrateKbps { get; set; } = 32;
    /// <summary>Longest time one sentence's encoding may take before the encoder is killed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}

namespace StoryExhibit.Core.Generation.Speech.Compression;

/// <summary>How narrated sentences are compressed before they are stored and served (opusenc from opus-tools, a Debian package installed by scripts/setup.sh).</summary>
public sealed class SpeechEncodingOptions
{
    /// <summary>The executable: a path, or a name looked up on PATH.</summary>
    public string EncoderPath { get; set; } = "opusenc";
    /// <summary>Opus bit rate in kbit/s; 32 keeps a single voice clear.</summary>
    public int BitrateKbps { get; set; } = 32;
    /// <summary>
    /// Opus encoder complexity, 0-10. 6 spends about a quarter less of opusenc's CPU than 10 on a narrated sentence
    /// (40-80 ms against 50-110 ms for sentences of 3-8 seconds of espeak-ng speech) for at most 1 dB less
    /// signal-to-distortion (33.5-34.8 dB against 34.3-35.8 dB, ffmpeg's asdr); at 5 one sentence of four lost 5 dB.
    /// </summary>
    public int Complexity { get; set; } = 6;
    /// <summary>
    /// Opus frame length in ms (opusenc's --framesize: 20, 40 or 60). Narration is stored, not sent live, so it takes the
    /// longest: libopus does a fixed amount of work for every packet (on a virtual machine that includes CPU feature
    /// checks the hypervisor traps), and 60 ms packets cost about a sixth less of opusenc's CPU than 20 ms ones. A voice
    /// encoded in speech mode decodes to the same samples either way.
    /// </summary>
    public int FrameMilliseconds { get; set; } = 60;
    /// <summary>Longest time one sentence's encoding may take before the encoder is killed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}

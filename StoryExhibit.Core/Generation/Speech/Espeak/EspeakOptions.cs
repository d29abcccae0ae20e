namespace StoryExhibit.Core.Generation.Speech.Espeak;

/// <summary>How to run espeak-ng, the offline speech synthesiser (a Debian package installed by scripts/setup.sh).</summary>
public sealed class EspeakOptions
{
    /// <summary>The executable: a path, or a name looked up on PATH.</summary>
    public string ExecutablePath { get; set; } = "espeak-ng";
    /// <summary>Voice when a request names none: a language ("en", "en-gb") optionally with a variant ("en+f3").</summary>
    public string DefaultVoice { get; set; } = "en";
    /// <summary>Longest time one synthesis may take before it is killed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}

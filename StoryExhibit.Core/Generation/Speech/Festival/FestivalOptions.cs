namespace StoryExhibit.Core.Generation.Speech.Festival;

/// <summary>How to run Festival, the offline synthesiser with a more natural voice (Debian's festival and festvox-us-slt-hts, installed by scripts/setup.sh).</summary>
public sealed class FestivalOptions
{
    /// <summary>Festival's text-to-WAV script: a path, or a name looked up on PATH.</summary>
    public string Text2WavePath { get; set; } = "text2wave";
    /// <summary>Festival itself, asked for its voice list.</summary>
    public string FestivalPath { get; set; } = "festival";
    /// <summary>Voice when a request names none.</summary>
    public string DefaultVoice { get; set; } = FestivalSpeechSynthesizer.SltVoice;
    /// <summary>Longest time one synthesis may take before it is killed.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}

namespace StoryExhibit.Core.Generation.SpeechInput;

/// <summary>Who listens: pocketsphinx on this machine, or a server speaking OpenAI's <c>/v1/audio/transcriptions</c>.</summary>
public enum SpeechInputProvider { Pocketsphinx, OpenAICompatible }

/// <summary>"Press to talk" settings (<c>Generation:SpeechInput</c> in appsettings.json).</summary>
public sealed class SpeechInputOptions
{
    public const string Section = "Generation:SpeechInput";

    public bool Enabled { get; set; } = true;
    public SpeechInputProvider Provider { get; set; } = SpeechInputProvider.Pocketsphinx;
    /// <summary>Server address for OpenAI-compatible transcription (e.g. <c>http://localhost:8080</c>); empty means api.openai.com.</summary>
    public Uri? Endpoint { get; set; }
    public string? ApiKey { get; set; }
    /// <summary>The transcription model asked of the server.</summary>
    public string Model { get; set; } = "whisper-1";
    /// <summary>The language spoken, as an ISO-639-1 code; pocketsphinx has only its US English model.</summary>
    public string Language { get; set; } = "en";
    /// <summary>Longer recordings are cut to this length.</summary>
    public int MaxSeconds { get; set; } = 20;
    /// <summary>The largest upload taken from a browser.</summary>
    public int MaxBytes { get; set; } = 2 * 1024 * 1024;
    /// <summary>Longest the transcription service may take; a server that is slower gives way to pocketsphinx.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>Longest this machine's tools (ffmpeg, pocketsphinx) may take with one recording.</summary>
    public TimeSpan OfflineTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public string PocketsphinxPath { get; set; } = "pocketsphinx_continuous";
    /// <summary>Debian's pocketsphinx-en-us model: the acoustic model folder, the language model and the dictionary sit here.</summary>
    public string ModelDirectory { get; set; } = "/usr/share/pocketsphinx/model/en-us";
    public string FfmpegPath { get; set; } = "ffmpeg";
}

namespace StoryExhibit.Core.Generation.Speech.OpenAI;

/// <summary>How to reach OpenAI's speech endpoint or a compatible server's (<c>POST {endpoint}/v1/audio/speech</c>: Chatterbox, Kokoro-FastAPI, openedai-speech...).</summary>
public sealed class OpenAISpeechOptions
{
    /// <summary>Null means api.openai.com; a bare <c>http://host:4123</c> gets <c>/v1</c> appended.</summary>
    public Uri? Endpoint { get; set; }
    /// <summary>Sent as the bearer token; a placeholder is sent when empty since local servers need none.</summary>
    public string? ApiKey { get; set; }
    public string Model { get; set; } = "gpt-4o-mini-tts";
    /// <summary>Voice when a request names none.</summary>
    public string DefaultVoice { get; set; } = "alloy";
    /// <summary>"mp3", "wav", "opus", "aac", "flac" or "pcm".</summary>
    public string ResponseFormat { get; set; } = "mp3";
    /// <summary>Longest wait for the answer to start, and between two pieces of the streamed audio.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Retries on connection failures, 408, 429 and 5xx (with back-off) before giving up.</summary>
    public int MaxRetries { get; set; } = 1;
    /// <summary>What <see cref="ISpeechSynthesizer.ListVoicesAsync"/> offers (the API has no voice list); empty means OpenAI's voices.</summary>
    public IList<string> Voices { get; set; } = [];
}

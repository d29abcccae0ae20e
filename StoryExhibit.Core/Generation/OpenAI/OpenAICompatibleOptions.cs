namespace StoryExhibit.Core.Generation.OpenAI;

/// <summary>How to reach an OpenAI-compatible chat completions server (OpenAI, Ollama, vLLM, llama.cpp server...).</summary>
public sealed class OpenAICompatibleOptions
{
    /// <summary>
    /// Base address including the version segment, e.g. <c>http://host:11434/v1</c>; a bare <c>http://host:11434</c>
    /// gets <c>/v1</c> appended. Null means api.openai.com.
    /// </summary>
    public Uri? Endpoint { get; set; }
    /// <summary>Sent as the bearer token; a placeholder is sent when empty since local servers need none.</summary>
    public string? ApiKey { get; set; }
    public required string Model { get; set; }
    public float? Temperature { get; set; }
    public int? MaxOutputTokens { get; set; }
    /// <summary>Longest wait for the answer to start, and between two streamed chunks.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);
    /// <summary>Retries on connection failures, 408, 429 and 5xx (with back-off) before giving up.</summary>
    public int MaxRetries { get; set; } = 2;
}

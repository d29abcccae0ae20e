namespace StoryExhibit.Core.Generation.Images.OpenAI;

/// <summary>OpenAI's image API or a compatible server (<c>Generation:Images:OpenAI</c>).</summary>
public sealed class OpenAIImageOptions
{
    /// <summary>Base address including <c>/v1</c>; null means api.openai.com.</summary>
    public Uri? Endpoint { get; set; }
    public string? ApiKey { get; set; }
    public string Model { get; set; } = "gpt-image-1";
    /// <summary>Size asked of the model, e.g. "1536x1024" (gpt-image-1) or "1792x1024" (dall-e-3); empty follows the request.</summary>
    public string? Size { get; set; } = "1536x1024";
    /// <summary>Ask for base64 bytes in the answer (dall-e models); gpt-image-1 always sends bytes and rejects the parameter.</summary>
    public bool RequestBytes { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);
    public int MaxRetries { get; set; } = 1;
}

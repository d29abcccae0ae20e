namespace StoryExhibit.Core.Generation.Images.Grpc;

/// <summary>How to reach the SDXL-Turbo gRPC image service (<c>Generation:Images:SdxlTurbo</c>).</summary>
public sealed class SdxlTurboOptions
{
    /// <summary><c>http://host:port</c> for plaintext HTTP/2, <c>https://</c> for TLS.</summary>
    public Uri Endpoint { get; set; } = new("http://localhost:50051");
    /// <summary>Denoising steps: SDXL-Turbo gives usable pictures from 1 to 4.</summary>
    public int Steps { get; set; } = 1;
    public float GuidanceScale { get; set; }
    public string NegativePrompt { get; set; } = "text, watermark, blurry, deformed";
    /// <summary>Asked of the server ("image/png", "image/jpeg", "image/webp"); empty lets it choose.</summary>
    public string MediaType { get; set; } = "image/jpeg";
    /// <summary>Size the model renders at (SDXL-Turbo is trained at 512x512); null follows the request.</summary>
    public int? Width { get; set; } = 768;
    public int? Height { get; set; } = 432;
    /// <summary>Deadline of one picture, retries included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
    /// <summary>Further attempts when the server is UNAVAILABLE.</summary>
    public int MaxRetries { get; set; } = 2;
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Largest picture accepted, in bytes.</summary>
    public int MaxImageBytes { get; set; } = 32 * 1024 * 1024;
}

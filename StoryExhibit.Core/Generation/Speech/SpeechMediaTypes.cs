namespace StoryExhibit.Core.Generation.Speech;

/// <summary>Media types of the response formats speech services offer.</summary>
public static class SpeechMediaTypes
{
    public static string ForFormat(string format) => format.ToLowerInvariant() switch
    {
        "wav" => "audio/wav",
        "mp3" => "audio/mpeg",
        "opus" => "audio/ogg",
        "aac" => "audio/aac",
        "flac" => "audio/flac",
        "pcm" => "audio/L16;rate=24000;channels=1",
        _ => "application/octet-stream",
    };

    /// <summary>A file extension for an audio media type (".wav", ".mp3", ...).</summary>
    public static string Extension(string mediaType) => mediaType.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "audio/wav" or "audio/x-wav" or "audio/wave" => ".wav",
        "audio/mpeg" or "audio/mp3" => ".mp3",
        "audio/ogg" or "audio/opus" => ".ogg",
        "audio/aac" => ".aac",
        "audio/flac" => ".flac",
        _ => ".bin",
    };
}

namespace StoryExhibit.Core.Generation.Speech;

/// <summary>Media types of the response formats speech services offer.</summary>
internal static class SpeechMediaTypes
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
}

namespace StoryExhibit.Core.Generation.Images;

/// <summary>Recognises a picture's format by its first bytes, for providers that do not say.</summary>
public static class ImageSniffer
{
    public static string? MediaType(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 8 && b[0] == 0x89 && b[1] == (byte)'P' && b[2] == (byte)'N' && b[3] == (byte)'G') return "image/png";
        if (b.Length >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF) return "image/jpeg";
        if (b.Length >= 12 && b[..4].SequenceEqual("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8)) return "image/webp";
        if (b.Length >= 6 && b[..6].SequenceEqual("GIF89a"u8)) return "image/gif";
        var head = b[..Math.Min(b.Length, 256)];
        if (head.IndexOf("<svg"u8) >= 0) return "image/svg+xml";
        return null;
    }
}

/// <summary>Alt text for a picture made by a remote model, which cannot say what it drew: the request, described.</summary>
internal static class RemoteAltText
{
    public static string For(ImageRequest request)
    {
        var prompt = request.Prompt.Trim();
        if (prompt.Length > 240) prompt = prompt[..239].TrimEnd() + "…";
        var noun = request.Style.Noun();
        var article = "aeiou".Contains(noun[0]) ? "An" : "A";
        var cast = request.Characters.Concat(request.Objects).ToList();
        var with = cast.Count == 0 ? "" : $" Featuring {string.Join(", ", cast)}.";
        return $"{article} AI-generated {noun}: {prompt.TrimEnd('.')}.{with}";
    }
}

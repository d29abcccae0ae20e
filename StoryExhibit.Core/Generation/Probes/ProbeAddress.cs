namespace StoryExhibit.Core.Generation.Probes;

/// <summary>
/// Which addresses a provider setting (and so "Test connection") may name: absolute http:// or https:// addresses
/// with a host, and nothing else: no file:, ftp:, data: or other schemes, no relative paths, no user name or
/// password inside the address (they would be sent along, and they hide the real host from a quick look).
/// </summary>
public static class ProbeAddress
{
    public const string NotHttp = "This must be a full http:// or https:// address";
    public const string HasUserInfo = "Leave any user name and password out of the address (an API key goes in its own field)";

    /// <summary>Why <paramref name="text"/> cannot be used as a provider address, or null when it can.</summary>
    public static string? Problem(string? text, out Uri? address)
    {
        address = null;
        if (string.IsNullOrWhiteSpace(text)) return NotHttp;
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || string.IsNullOrEmpty(uri.Host))
            return NotHttp;
        if (uri.UserInfo.Length > 0) return HasUserInfo;
        address = uri;
        return null;
    }

    /// <summary>Why <paramref name="address"/> cannot be used (null: the provider's default address, which can).</summary>
    public static string? Problem(Uri? address) => address is null ? null : Problem(address.OriginalString, out _);
}

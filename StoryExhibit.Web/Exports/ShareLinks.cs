namespace StoryExhibit.Web.Exports;

/// <summary>The read-only share page of a story, at the exhibit's configured public address (never a request's Host).</summary>
public static class ShareLinks
{
    public static string PathFor(string code) => $"/share/{Uri.EscapeDataString(code)}";

    /// <summary>The full address of the share page, or null when no public address is set.</summary>
    public static string? LinkFor(string? publicBaseUrl, string code)
        => string.IsNullOrWhiteSpace(publicBaseUrl) ? null : publicBaseUrl.Trim().TrimEnd('/') + PathFor(code);
}

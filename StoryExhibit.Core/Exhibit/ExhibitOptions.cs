using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Exhibit;

/// <summary>How the exhibit behaves for visitors (<c>Exhibit</c> in appsettings.json); staff change it on the settings page.</summary>
public sealed class ExhibitOptions
{
    public const string Section = "Exhibit";

    public FeatureSwitches Features { get; set; } = new();
    public ContentLimits Content { get; set; } = new();
    public VisitorLimits VisitorLimits { get; set; } = new();
    public KioskOptions Kiosk { get; set; } = new();

    /// <summary>
    /// The address visitors reach the exhibit at, such as <c>https://stories.example.org</c>, for links in what visitors
    /// take away (the story download). Set by the operator; never taken from a request's Host header, which anyone can
    /// forge. Empty: such links stay relative.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Whether <paramref name="value"/> is empty or an absolute http(s) address without query or fragment.</summary>
    public static bool IsValidPublicBaseUrl(string? value) => string.IsNullOrWhiteSpace(value)
        || Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) && url.Scheme is "http" or "https" && url.Query.Length == 0 && url.Fragment.Length == 0 && url.UserInfo.Length == 0;
}

/// <summary>Parts of the visitor experience staff can switch off. (Narration's switches live with speech.)</summary>
public sealed class FeatureSwitches
{
    /// <summary>Revisiting an earlier scene in the story tree to branch again.</summary>
    public bool Branching { get; set; } = true;
    /// <summary>The visitor's own "something else..." choice.</summary>
    public bool CustomChoices { get; set; } = true;
    /// <summary>Scene pictures.</summary>
    public bool Illustrations { get; set; } = true;
    /// <summary>Rating and comment at the end of a story.</summary>
    public bool Feedback { get; set; } = true;
    /// <summary>Starting a story from a camera snapshot (after the visitor consents).</summary>
    public bool CameraStart { get; set; } = true;
}

/// <summary>The most intense content any story may have, and which audiences visitors may choose.</summary>
public sealed class ContentLimits
{
    public ContentRating RatingCeiling { get; set; } = ContentRating.Thrilling;
    /// <summary>The audiences visitors may pick; empty means all. (A list default would be appended to by configuration binding.)</summary>
    public List<Audience> Audiences { get; set; } = [];

    public IReadOnlyList<Audience> AllowedAudiences => Audiences.Count == 0 ? Enum.GetValues<Audience>() : Audiences.Distinct().ToList();
}

/// <summary>Per-visitor rate limits (a visitor is one browser), so one person cannot use up the budget.</summary>
public sealed class VisitorLimits
{
    public int StoriesPerHour { get; set; } = 12;
    public int ScenesPerMinute { get; set; } = 6;
    /// <summary>"Press to talk" recordings a minute (each is transcribed, perhaps by a paid service).</summary>
    public int RecordingsPerMinute { get; set; } = 10;
}

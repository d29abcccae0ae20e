using System.Globalization;
using StoryExhibit.Core.Analytics;
using StoryExhibit.Core.Generation.Images;
using StoryExhibit.Web.Components.Story;

namespace StoryExhibit.Web.Components.Pages.Dashboard;

/// <summary>What the dashboard shows for the names the events store ("PixelArt", "OpenAICompatible", "SelfHarm"), and counts with the right number.</summary>
public static class DashboardLabels
{
    public static string ArtStyle(string stored) =>
        Enum.TryParse<ArtStyle>(stored, out var style) && Enum.IsDefined(style) ? StyleNames.For(style) : stored;

    public static string Provider(string stored) => stored switch
    {
        "OpenAICompatible" => "OpenAI-compatible",
        "SdxlTurbo" => "SDXL Turbo",
        "Espeak" => "espeak-ng",
        "Festival" => "Festival",
        _ => stored,
    };

    /// <summary>A moderation category, alone or leading a label ("SelfHarm · softened").</summary>
    public static string Category(string stored) =>
        stored.StartsWith("SelfHarm", StringComparison.Ordinal) ? "Self-harm" + stored["SelfHarm".Length..] : stored;

    public static string Provider(ProviderStats p) => $"{p.Service} · {Provider(p.Provider)}";

    public static IReadOnlyList<LabelCount> ArtStyles(IEnumerable<LabelCount> counts) => [.. counts.Select(c => c with { Label = ArtStyle(c.Label) })];

    public static IReadOnlyList<LabelCount> Categories(IEnumerable<LabelCount> counts) => [.. counts.Select(c => c with { Label = Category(c.Label) })];

    /// <summary>"1 story", "3 stories", "1.5 stories": the singular only for exactly one.</summary>
    public static string Count(double n, string singular, string plural) =>
        $"{n.ToString("0.#", CultureInfo.InvariantCulture)} {(n.ToString("0.#", CultureInfo.InvariantCulture) == "1" ? singular : plural)}";
}

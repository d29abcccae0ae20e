namespace StoryExhibit.Core.Exhibit;

/// <summary>
/// Kiosk mode (<c>Exhibit:Kiosk</c>): one screen serves visitor after visitor. A kiosk counts the per-visitor limits per
/// visitor's session instead of per browser, returns to an attract screen after <see cref="IdleSeconds"/> without a touch,
/// and shows no staff link. Staff switch it on for every screen here, or for one screen from that screen.
/// </summary>
public sealed class KioskOptions
{
    public const int MinIdleSeconds = 5;
    public const int MaxIdleSeconds = 3600;

    /// <summary>Every screen of the exhibit is a kiosk (visitors' phones too).</summary>
    public bool WholeExhibit { get; set; }

    /// <summary>Seconds without a touch, click or key (and no scene being written or read aloud) before the attract screen.</summary>
    public int IdleSeconds { get; set; } = 90;
}

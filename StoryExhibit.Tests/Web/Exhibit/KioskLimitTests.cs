using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Tests.Core.Privacy;
using StoryExhibit.Web.Exhibit;
using StoryExhibit.Web.Kiosk;

namespace StoryExhibit.Tests.Web.Exhibit;

/// <summary>
/// A kiosk's one browser serves every visitor: its limits count per visitor's session, which the attract screen renews;
/// an ordinary browser keeps one allowance across its circuits. Only the app can mark a browser as a kiosk. The
/// dashboard counts visitors the same way.
/// </summary>
public sealed class KioskLimitTests : IDisposable
{
    private static readonly KioskDevice Device = new(new EphemeralDataProtectionProvider());
    private readonly ExhibitOptions _options = new() { VisitorLimits = { StoriesPerHour = 1 } };
    private readonly VisitorRateLimiter _limiter;

    public KioskLimitTests() => _limiter = new VisitorRateLimiter(new StaticOptions<ExhibitOptions>(_options), NullLogger<VisitorRateLimiter>.Instance);

    public void Dispose() => _limiter.Dispose();

    /// <summary>One circuit of the same browser (the same visitor cookie), optionally marked as a kiosk by staff.</summary>
    private (VisitorGate Gate, KioskMode Kiosk) Circuit(bool kioskCookie = false, string? forgedKioskCookie = null)
    {
        var context = new DefaultHttpContext();
        var kioskValue = forgedKioskCookie;
        if (kioskCookie)
        {
            var response = new DefaultHttpContext().Response;
            Device.MarkAsKiosk(response, secure: false);
            kioskValue = Uri.UnescapeDataString(response.Headers.SetCookie.ToString().Split(';')[0].Split('=', 2)[1]);
        }
        context.Request.Headers.Cookie = $"{VisitorIdentity.CookieName}=kiosk-browser" + (kioskValue is null ? "" : $"; {KioskDevice.CookieName}={Uri.EscapeDataString(kioskValue)}");
        var accessor = new HttpContextAccessor { HttpContext = context };
        var kiosk = new KioskMode(new StaticOptions<ExhibitOptions>(_options), accessor, Device);
        return (new VisitorGate(new StaticOptions<ExhibitOptions>(_options), _limiter, new VisitorIdentity(accessor), kiosk), kiosk);
    }

    [Fact]
    public void An_ordinary_browser_keeps_one_allowance_across_its_pages()
    {
        Assert.True(Circuit().Gate.TryStartStory().Allowed);
        var refused = Circuit().Gate.TryStartStory();
        Assert.False(refused.Allowed);
        Assert.StartsWith("The storyteller needs a short rest", refused.Message);
    }

    [Fact]
    public void With_every_screen_a_kiosk_each_visitor_session_has_its_own_allowance()
    {
        _options.Kiosk.WholeExhibit = true;
        var (gate, kiosk) = Circuit();
        Assert.True(gate.TryStartStory().Allowed);
        Assert.False(gate.TryStartStory().Allowed); // the same visitor, a second story: the limit still holds

        kiosk.NewVisitor(); // the attract screen: the next visitor
        Assert.True(gate.TryStartStory().Allowed);
        Assert.True(Circuit().Gate.TryStartStory().Allowed);
    }

    [Fact]
    public void A_screen_staff_marked_as_a_kiosk_counts_per_session_and_a_forged_mark_counts_for_nothing()
    {
        var (gate, kiosk) = Circuit(kioskCookie: true);
        Assert.True(kiosk.IsOn);
        Assert.True(gate.TryStartStory().Allowed);
        kiosk.NewVisitor();
        Assert.True(gate.TryStartStory().Allowed);

        var (forged, forgedKiosk) = Circuit(forgedKioskCookie: "kiosk-device");
        Assert.False(forgedKiosk.IsOn);
        Assert.True(forged.TryStartStory().Allowed);
        Assert.False(Circuit(forgedKioskCookie: "kiosk-device").Gate.TryStartStory().Allowed);
    }

    [Fact]
    public void The_dashboard_counts_a_browser_once_and_a_kiosk_once_per_visitor_session()
    {
        var browser = Circuit().Gate.Pseudonym;
        Assert.NotNull(browser);
        Assert.Equal(browser, Circuit().Gate.Pseudonym);

        var (gate, kiosk) = Circuit(kioskCookie: true);
        var first = gate.Pseudonym;
        Assert.NotNull(first);
        Assert.NotEqual(browser, first);
        Assert.Equal(first, gate.Pseudonym); // one visitor's several stories
        kiosk.NewVisitor();
        Assert.NotEqual(first, gate.Pseudonym);
        Assert.Equal(16, gate.Pseudonym!.Length);
    }
}

using Microsoft.Extensions.Options;
using StoryExhibit.Core.Exhibit;

namespace StoryExhibit.Web.Kiosk;

/// <summary>
/// Whether this circuit's screen is a kiosk (the whole exhibit is, or staff marked this browser), and which visitor's
/// session it is serving: every return to the attract screen starts a new one, so the per-visitor limits count per
/// session on a kiosk instead of per browser.
/// </summary>
public sealed class KioskMode(IOptionsMonitor<ExhibitOptions> options, IHttpContextAccessor accessor, KioskDevice device)
{
    // Read when the circuit first needs it: the circuit's connection carries the cookie.
    private readonly Lazy<bool> _thisDevice = new(() => device.IsKiosk(accessor.HttpContext), LazyThreadSafetyMode.ExecutionAndPublication);

    public bool IsOn => options.CurrentValue.Kiosk.WholeExhibit || _thisDevice.Value;

    /// <summary>Staff marked this browser as a kiosk.</summary>
    public bool ThisDevice => _thisDevice.Value;

    public TimeSpan IdleTime => TimeSpan.FromSeconds(options.CurrentValue.Kiosk.IdleSeconds);

    /// <summary>The key the per-visitor limits count under while this screen is a kiosk.</summary>
    public string SessionKey { get; private set; } = NewKey();

    /// <summary>The screen went back to its attract screen: whoever touches it next is a new visitor.</summary>
    public void NewVisitor() => SessionKey = NewKey();

    private static string NewKey() => "kiosk-session:" + Guid.NewGuid().ToString("N");
}

using Microsoft.AspNetCore.DataProtection;

namespace StoryExhibit.Web.Kiosk;

/// <summary>
/// The mark that makes one browser a kiosk: a cookie only the app can write (its value is protected with the app's key
/// ring), set and removed through <see cref="KioskEndpoints"/> by a signed-in staff member. A visitor can neither forge
/// it (which would lift the per-browser limits) nor remove it from the kiosk.
/// </summary>
public sealed class KioskDevice(IDataProtectionProvider protection)
{
    public const string CookieName = "exhibit-kiosk";
    private const string Mark = "kiosk-device";

    private readonly IDataProtector _protector = protection.CreateProtector("StoryExhibit.Kiosk.Device.v1");

    public bool IsKiosk(HttpContext? context)
    {
        if (context?.Request.Cookies[CookieName] is not { Length: > 0 and <= 1024 } value) return false;
        try { return _protector.Unprotect(value) == Mark; }
        catch (System.Security.Cryptography.CryptographicException) { return false; }
    }

    public void MarkAsKiosk(HttpResponse response, bool secure) => response.Cookies.Append(CookieName, _protector.Protect(Mark), new CookieOptions
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = secure,
        IsEssential = true,
        MaxAge = TimeSpan.FromDays(3650),
    });

    public static void Unmark(HttpResponse response) => response.Cookies.Delete(CookieName);
}

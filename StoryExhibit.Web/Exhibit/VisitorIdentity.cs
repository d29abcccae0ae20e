using System.Net;
using System.Net.Sockets;
using StoryExhibit.Core.Privacy;
using StoryExhibit.Web.Kiosk;

namespace StoryExhibit.Web.Exhibit;

/// <summary>
/// Who a visitor is, for per-visitor limits: one browser, known by the <see cref="CookieName"/> cookie set on the first
/// page; the connection's address when the browser refuses cookies; this circuit alone as a last resort.
/// </summary>
public sealed class VisitorIdentity(IHttpContextAccessor accessor)
{
    public const string CookieName = "exhibit-visitor";

    // Read when the circuit first needs it: the circuit's connection carries the cookie and the address.
    private readonly Lazy<CodeClient> _who = new(() => CodeClientOf(accessor.HttpContext), LazyThreadSafetyMode.ExecutionAndPublication);

    public string Key => _who.Value.Browser;

    /// <summary>This browser and its network, for the limit on wrong story codes.</summary>
    public CodeClient CodeClient => _who.Value;

    /// <summary>
    /// A short one-way pseudonym of the browser's random cookie, for the dashboard's visitor counts; null without the
    /// cookie, since a hash of an address could be reversed by trying every address.
    /// </summary>
    public string? Pseudonym => Key.StartsWith(BrowserPrefix, StringComparison.Ordinal) ? PseudonymOf(Key) : null;

    /// <summary>A short one-way pseudonym of a random key.</summary>
    internal static string PseudonymOf(string key)
        => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)))[..16];

    private const string BrowserPrefix = "browser:";

    public static CodeClient CodeClientOf(HttpContext? context) => new(KeyOf(context), NetworkOf(context?.Connection.RemoteIpAddress));

    internal static string KeyOf(HttpContext? context)
    {
        if (context?.Request.Cookies[CookieName] is { Length: > 0 and <= 64 } cookie) return BrowserPrefix + cookie;
        if (context?.Connection.RemoteIpAddress is { } address) return "address:" + NetworkOf(address);
        return "circuit:" + Guid.NewGuid().ToString("N");
    }

    /// <summary>
    /// The network a connection comes from: its IPv4 address, or the /64 prefix of an IPv6 address (one household or
    /// phone gets a whole /64, so counting single IPv6 addresses would let one client be millions of networks).
    /// </summary>
    internal static string NetworkOf(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}

public static class VisitorHosting
{
    public static IServiceCollection AddVisitorIdentity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<VisitorIdentity>();
        services.AddKiosk();
        services.AddScoped<VisitorGate>();
        services.AddScoped<StoryCodeGate>();
        return services;
    }

    /// <summary>Gives every browser that asks for a page a random visitor id, so limits follow the browser across tabs and reloads.</summary>
    public static IApplicationBuilder UseVisitorCookie(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Cookies.ContainsKey(VisitorIdentity.CookieName)
            && context.Request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true))
        {
            context.Response.Cookies.Append(VisitorIdentity.CookieName, Guid.NewGuid().ToString("N"), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = context.Request.IsHttps,
                IsEssential = true,
                MaxAge = TimeSpan.FromDays(365),
            });
        }
        await next();
    });
}

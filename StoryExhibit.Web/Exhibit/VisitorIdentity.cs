namespace StoryExhibit.Web.Exhibit;

/// <summary>
/// Who a visitor is, for per-visitor limits: one browser, known by the <see cref="CookieName"/> cookie set on the first
/// page; the connection's address when the browser refuses cookies; this circuit alone as a last resort.
/// </summary>
public sealed class VisitorIdentity(IHttpContextAccessor accessor)
{
    public const string CookieName = "exhibit-visitor";

    // Read when the circuit first needs it: the circuit's connection carries the cookie and the address.
    private readonly Lazy<string> _key = new(() => KeyOf(accessor.HttpContext), LazyThreadSafetyMode.ExecutionAndPublication);

    public string Key => _key.Value;

    /// <summary>
    /// A short one-way pseudonym of the browser's random cookie, for the dashboard's visitor counts; null without the
    /// cookie, since a hash of an address could be reversed by trying every address.
    /// </summary>
    public string? Pseudonym => Key.StartsWith(BrowserPrefix, StringComparison.Ordinal)
        ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Key)))[..16]
        : null;

    private const string BrowserPrefix = "browser:";

    internal static string KeyOf(HttpContext? context)
    {
        if (context?.Request.Cookies[CookieName] is { Length: > 0 and <= 64 } cookie) return BrowserPrefix + cookie;
        if (context?.Connection.RemoteIpAddress is { } address) return "address:" + address;
        return "circuit:" + Guid.NewGuid().ToString("N");
    }
}

public static class VisitorHosting
{
    public static IServiceCollection AddVisitorIdentity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<VisitorIdentity>();
        services.AddScoped<VisitorGate>();
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

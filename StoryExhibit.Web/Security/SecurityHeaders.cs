namespace StoryExhibit.Web.Security;

/// <summary>
/// The headers every response carries (pages, static files, endpoints, errors): a strict Content-Security-Policy,
/// no sniffing, no referrer, no framing by other sites, HSTS over HTTPS; and every cookie Secure over HTTPS.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Everything the app loads comes from itself. Each source beyond <c>'self'</c> is there for one reason:
    /// <list type="bullet">
    /// <item><c>style-src 'unsafe-inline'</c>: MudBlazor and a few of our components set <c>style</c> attributes
    /// (widths of bars, colour swatches), which Blazor writes with setAttribute; scripts stay strict.</item>
    /// <item><c>img-src blob:</c>: the camera start page shows the visitor's snapshot from a blob URL that never
    /// leaves the browser.</item>
    /// <item><c>media-src blob:</c>: the speech settings page plays its test sentence from a blob URL.</item>
    /// </list>
    /// <c>connect-src 'self'</c> covers the circuit's WebSocket to the same host (ws: and wss: match 'self' in CSP 3).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob:; " +
        "media-src 'self' blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "frame-ancestors 'self'; form-action 'self'";

    /// <summary>For bytes exactly as a provider made them: an SVG opened on its own runs no script and fetches nothing.</summary>
    public const string PictureOnlyPolicy = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox";

    /// <summary>
    /// The API's documentation page (Scalar, served by the app): its configuration is an inline module script, and it
    /// draws icons from data: URLs. Still nothing from other hosts.
    /// </summary>
    public const string ApiDocsPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; frame-ancestors 'self'; form-action 'self'";

    private static readonly object PolicyKey = new();

    /// <summary>This response is the API's documentation page, under <see cref="ApiDocsPolicy"/>.</summary>
    public static void AsApiDocs(HttpContext context) => context.Items[PolicyKey] = ApiDocsPolicy;

    /// <summary>This response is a picture only, under <see cref="PictureOnlyPolicy"/>.</summary>
    public static void AsPictureOnly(HttpContext context) => context.Items[PolicyKey] = PictureOnlyPolicy;

    /// <summary>A year, without subdomains: the exhibit's host name may share a domain with other sites.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
        => services.Configure<CookiePolicyOptions>(cookies =>
        {
            cookies.Secure = CookieSecurePolicy.SameAsRequest; // kiosks on the exhibit's own network may use plain HTTP
            cookies.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always; // no script reads a cookie
            cookies.MinimumSameSitePolicy = SameSiteMode.Lax;
        });

    /// <summary>First in the pipeline, so even an error page or a static file gets the headers.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var hsts = !app.Environment.IsDevelopment();
        app.Use((context, next) =>
        {
            // Set as the response starts, after an exception handler or status-code page may have cleared headers.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = context.Items[PolicyKey] as string ?? ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "SAMEORIGIN"; // for browsers older than CSP's frame-ancestors
                // A story's address is its code, and the code opens the story: it is never sent to another site.
                headers["Referrer-Policy"] = "no-referrer";
                headers["Permissions-Policy"] = "camera=(self), microphone=(self), geolocation=(), payment=(), usb=()";
                if (hsts && context.Request.IsHttps) headers.StrictTransportSecurity = StrictTransportSecurity;
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.UseCookiePolicy();
        return app;
    }
}

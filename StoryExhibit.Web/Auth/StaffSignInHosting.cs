using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Staff;

namespace StoryExhibit.Web.Auth;

/// <summary>
/// Staff sign-in: a cookie (HttpOnly, SameSite=Lax, sliding), the roles Staff and Admin, the accounts and the first
/// admin. Pages refused to a signed-out person redirect to the sign-in page; other endpoints answer 401 (or 403).
/// </summary>
public static class StaffSignInHosting
{
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";
    public const string SetupPath = "/account/setup";
    public const string DeniedPath = "/account/denied";

    /// <summary>Call after the core services, so the first admin is created after the database is migrated.</summary>
    public static IServiceCollection AddStaffSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StaffOptions>().Bind(configuration.GetSection(StaffOptions.Section))
            .Validate(o => o.FreeSignInFailures >= 0 && o.FreeClientSignInFailures >= 0, "Staff:FreeSignInFailures and Staff:FreeClientSignInFailures cannot be negative.")
            .Validate(o => o.FirstSignInDelay > TimeSpan.Zero && o.MaxSignInDelay >= o.FirstSignInDelay,
                "Staff:FirstSignInDelay must be a positive time span such as 00:00:01, and Staff:MaxSignInDelay at least as long.")
            .Validate(o => o.SignInLifetime > TimeSpan.Zero, "Staff:SignInLifetime must be a positive time span such as 08:00:00.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IPasswordHasher<StaffAccount>, PasswordHasher<StaffAccount>>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<StaffAccounts>();
        services.AddHostedService<FirstAdminAtStart>();
        services.AddScoped<CurrentStaff>();
        services.AddCascadingAuthenticationState();

        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<StaffOptions>>((cookie, staff) =>
            {
                cookie.Cookie.Name = "StoryExhibit.Staff";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest; // kiosks on the exhibit's own network may use plain HTTP
                cookie.ExpireTimeSpan = staff.Value.SignInLifetime;
                cookie.SlidingExpiration = true;
                cookie.LoginPath = SignInPath;
                cookie.LogoutPath = SignOutPath;
                cookie.AccessDeniedPath = DeniedPath;
                cookie.ReturnUrlParameter = "ReturnUrl";
                cookie.Events.OnRedirectToLogin = context => RefuseAsync(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => RefuseAsync(context, StatusCodes.Status403Forbidden);
                cookie.Events.OnValidatePrincipal = StaffPrincipal.ValidateAsync;
            });
        services.AddAuthorizationBuilder().AddStaffPolicies();
        return services;
    }

    /// <summary>Authentication and authorization (before antiforgery), and the sign-out endpoint.</summary>
    public static WebApplication UseStaffSignIn(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapPost(SignOutPath, SignOutAsync);
        return app;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery, ILoggerFactory logs)
    {
        // The form carries the antiforgery token; a post without a valid one signs nobody out.
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest("The sign-out form has expired: reload the page and try again.");
        var name = context.User.Identity?.Name;
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (name is not null) logs.CreateLogger(typeof(StaffSignInHosting)).LogInformation("{UserName} signed out", name);
        return Results.Redirect(SignInPath + "?signedOut=true");
    }

    /// <summary>A refused page goes to the sign-in (or "needs an admin") page; a refused API call gets a bare status code.</summary>
    private static Task RefuseAsync(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (IsPage(context.HttpContext))
        {
            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = status;
        if (context.HttpContext.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        return Task.CompletedTask;
    }

    private static bool IsPage(HttpContext context) => context.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;

    /// <summary>
    /// Who is trying to sign in, for <see cref="SignInThrottle"/>: the network address the request comes from; for IPv6
    /// its /64 network, since one machine is usually given a whole /64 and could otherwise try from endless addresses.
    /// </summary>
    public static string ClientOf(HttpContext context)
    {
        if (context.Connection.RemoteIpAddress is not { } address) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6 || System.Net.IPAddress.IsLoopback(address)) return address.ToString();
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }

    /// <summary>A return address is followed only if it stays on this site.</summary>
    public static string LocalReturnUrl(string? returnUrl, string fallback = "/settings") =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
            && !url.StartsWith("/account/", StringComparison.OrdinalIgnoreCase) && !url.Any(char.IsControl)
            ? url
            : fallback;
}

using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.ApiKeys;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Web.Api;

/// <summary>
/// Integrations sign each request with an API key in the <see cref="Header"/> header. A refused request gets a 401
/// problem body, never the sign-in page.
/// </summary>
public sealed class ApiKeyAuthentication(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logs, UrlEncoder encoder, ApiKeyStore keys,
    IProblemDetailsService problems) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logs, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string Header = "X-Api-Key";
    public const string KeyIdClaim = "api-key-id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(Header, out var sent)) return AuthenticateResult.NoResult();
        var key = await keys.FindActiveAsync(sent.ToString(), Context.RequestAborted);
        if (key is null) return AuthenticateResult.Fail("The API key is not known or was revoked.");
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, key.Name), new Claim(KeyIdClaim, key.Id.ToString("N"))], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{Header}\"";
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = Context,
            ProblemDetails = { Status = 401, Title = "An API key is needed", Detail = $"Send a key an admin issued in the {Header} header." },
        });
    }

    /// <summary>The job owner a signed request stands for.</summary>
    public static JobOwner OwnerOf(ClaimsPrincipal user) => JobOwner.ApiKey(Guid.Parse(user.FindFirstValue(KeyIdClaim)!));
}

using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using StoryExhibit.Core.Staff;

namespace StoryExhibit.Web.Auth;

/// <summary>The claims a staff sign-in cookie carries: id, user name, role and the account's stamp.</summary>
public static class StaffPrincipal
{
    public const string StampClaim = "staff-stamp";

    public static ClaimsPrincipal Create(StaffAccount account) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, account.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(ClaimTypes.Name, account.UserName),
            new Claim(ClaimTypes.Role, account.Role.ToString()),
            new Claim(StampClaim, StaffAccounts.Stamp(account)),
        ],
        CookieAuthenticationDefaults.AuthenticationScheme));

    public static int? AccountId(ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null;

    /// <summary>
    /// A cookie stops working when its account is deleted, its password reset or its role changed, rather than
    /// lasting until it expires.
    /// </summary>
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } user || AccountId(user) is not { } id) return;
        var accounts = context.HttpContext.RequestServices.GetRequiredService<StaffAccounts>();
        var account = await accounts.FindAsync(id, context.HttpContext.RequestAborted);
        if (account is not null && StaffAccounts.Stamp(account) == user.FindFirstValue(StampClaim)) return;
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
    }
}

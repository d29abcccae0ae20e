using Microsoft.AspNetCore.Components.Authorization;

namespace StoryExhibit.Web.Auth;

/// <summary>Who is signed in, for the pages of a circuit: the name the record of changes keeps.</summary>
public sealed class CurrentStaff(AuthenticationStateProvider authentication)
{
    /// <summary>The signed-in user's name; staff pages are guarded, so there always is one there.</summary>
    public async Task<string> NameAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }
            ? name
            : throw new InvalidOperationException("No staff member is signed in: staff pages must be guarded by StaffPolicies.Staff.");
    }

    /// <summary>Whether the signed-in user is an admin (pages that staff may see but only admins change ask this before saving).</summary>
    public async Task<bool> IsAdminAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return state.User.IsInRole(nameof(StoryExhibit.Core.Staff.StaffRole.Admin));
    }
}

using Microsoft.AspNetCore.Authorization;
using StoryExhibit.Core.Staff;

namespace StoryExhibit.Web.Auth;

/// <summary>
/// The authorization policies of the staff side. Pages use <c>[Authorize(Policy = StaffPolicies.Staff)]</c>; HTTP
/// endpoints use <c>.RequireAuthorization(StaffPolicies.Staff)</c>.
/// </summary>
public static class StaffPolicies
{
    /// <summary>Anyone signed in to the staff side: the Staff or the Admin role.</summary>
    public const string Staff = "Staff";
    /// <summary>Admins only: accounts.</summary>
    public const string Admin = "Admin";

    public static AuthorizationBuilder AddStaffPolicies(this AuthorizationBuilder authorization) => authorization
        .AddPolicy(Staff, policy => policy.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.Staff), nameof(StaffRole.Admin)))
        .AddPolicy(Admin, policy => policy.RequireAuthenticatedUser().RequireRole(nameof(StaffRole.Admin)));
}

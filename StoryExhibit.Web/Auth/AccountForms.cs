using StoryExhibit.Core.Staff;

namespace StoryExhibit.Web.Auth;

/// <summary>What the sign-in form posts.</summary>
public sealed class SignInForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

/// <summary>What the set-up page and the accounts page post for a new account.</summary>
public sealed class NewAccountForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? ConfirmPassword { get; set; }
    public StaffRole Role { get; set; } = StaffRole.Staff;
}

/// <summary>What the "Your password" page posts.</summary>
public sealed class ChangePasswordForm
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}

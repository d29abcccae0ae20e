namespace StoryExhibit.Web.Auth;

/// <summary>The "Staff" section of appsettings.json: the first admin, and how many wrong passwords lock an account.</summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>Created at start when no account exists yet; empty means the one-time set-up page does it.</summary>
    public FirstAdmin Admin { get; set; } = new();
    public int MaxFailedSignIns { get; set; } = 5;
    public TimeSpan Lockout { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>How long a sign-in lasts without use (sliding).</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromHours(8);

    public sealed class FirstAdmin
    {
        public string UserName { get; set; } = "";
        public string Password { get; set; } = "";
        public bool IsConfigured => !string.IsNullOrWhiteSpace(UserName) && !string.IsNullOrEmpty(Password);
    }
}

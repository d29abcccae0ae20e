namespace StoryExhibit.Web.Auth;

/// <summary>The "Staff" section of appsettings.json: the first admin, and how wrong passwords slow further tries (<see cref="SignInThrottle"/>).</summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>Created at start when no account exists yet; empty means the one-time set-up page does it.</summary>
    public FirstAdmin Admin { get; set; } = new();
    /// <summary>Wrong passwords for one user name from one client before each further try must wait.</summary>
    public int FreeSignInFailures { get; set; } = 3;
    /// <summary>Wrong passwords from one client, whatever the names, before each further try must wait.</summary>
    public int FreeClientSignInFailures { get; set; } = 20;
    /// <summary>The first wait; it doubles with each further wrong password.</summary>
    public TimeSpan FirstSignInDelay { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>The longest wait between two tries.</summary>
    public TimeSpan MaxSignInDelay { get; set; } = TimeSpan.FromMinutes(15);
    /// <summary>How long a sign-in lasts without use (sliding).</summary>
    public TimeSpan SignInLifetime { get; set; } = TimeSpan.FromHours(8);

    public sealed class FirstAdmin
    {
        public string UserName { get; set; } = "";
        public string Password { get; set; } = "";
        public bool IsConfigured => !string.IsNullOrWhiteSpace(UserName) && !string.IsNullOrEmpty(Password);
    }
}

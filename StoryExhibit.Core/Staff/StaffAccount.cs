namespace StoryExhibit.Core.Staff;

/// <summary>What a signed-in person may do. Admins also manage accounts, providers, keys and budgets.</summary>
public enum StaffRole { Staff, Admin }

/// <summary>A person who runs the exhibit. The password is stored only as a salted hash.</summary>
public sealed class StaffAccount
{
    public int Id { get; set; }
    public string UserName { get; set; } = "";
    public string PasswordHash { get; set; } = "";
    public StaffRole Role { get; set; } = StaffRole.Staff;
    /// <summary>Failed sign-ins since the last good one; reaching the limit locks the account for a while.</summary>
    public int FailedSignIns { get; set; }
    public DateTime? LockedUntilUtc { get; set; }
    public DateTime CreatedUtc { get; set; } = DateTime.UtcNow;
    public DateTime? LastSignInUtc { get; set; }
}

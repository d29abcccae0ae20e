using StoryExhibit.Core.Staff;

namespace StoryExhibit.Web.Auth;

/// <summary>What an account looks like on the accounts page: never its password hash.</summary>
public sealed record StaffAccountView(int Id, string UserName, StaffRole Role, DateTime CreatedUtc, DateTime? LastSignInUtc, DateTime? LockedUntilUtc, int FailedSignIns)
{
    public bool IsLocked(DateTime nowUtc) => LockedUntilUtc > nowUtc;
}

/// <summary>The outcome of a change to the accounts: done, or refused with a message for the person (and the field it is about).</summary>
public sealed record AccountChange(string? Error = null, string? Field = null)
{
    public static readonly AccountChange Done = new();
    public bool Succeeded => Error is null;
    public static AccountChange Refused(string error, string? field = null) => new(error, field);
}

public enum SignInOutcome { SignedIn, WrongCredentials, LockedOut }

/// <summary>The result of checking a user name and password.</summary>
public sealed record SignInCheck(SignInOutcome Outcome, StaffAccount? Account = null, DateTime? LockedUntilUtc = null)
{
    /// <summary>One message for an unknown user and a wrong password, so the page does not say which names exist.</summary>
    public const string WrongCredentialsMessage = "That user name and password do not match. Please try again.";

    public string? Message(DateTime nowUtc) => Outcome switch
    {
        SignInOutcome.SignedIn => null,
        SignInOutcome.LockedOut => $"This account is locked after too many wrong passwords. Try again in {Minutes(LockedUntilUtc!.Value - nowUtc)}, or ask an admin to unlock it.",
        _ => WrongCredentialsMessage,
    };

    private static string Minutes(TimeSpan left)
    {
        var minutes = Math.Max(1, (int)Math.Ceiling(left.TotalMinutes));
        return minutes == 1 ? "1 minute" : $"{minutes} minutes";
    }
}

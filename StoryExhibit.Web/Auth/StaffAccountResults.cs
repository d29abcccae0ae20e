using StoryExhibit.Core.Staff;

namespace StoryExhibit.Web.Auth;

/// <summary>What an account looks like on the accounts page: never its password hash.</summary>
/// <param name="WaitsUntilUtc">Until when some client must wait before trying this name again, after wrong passwords from it.</param>
public sealed record StaffAccountView(int Id, string UserName, StaffRole Role, DateTime CreatedUtc, DateTime? LastSignInUtc, DateTime? WaitsUntilUtc)
{
    public bool IsWaiting(DateTime nowUtc) => WaitsUntilUtc > nowUtc;
}

/// <summary>The outcome of a change to the accounts: done, or refused with a message for the person (and the field it is about).</summary>
public sealed record AccountChange(string? Error = null, string? Field = null)
{
    public static readonly AccountChange Done = new();
    public bool Succeeded => Error is null;
    public static AccountChange Refused(string error, string? field = null) => new(error, field);
}

public enum SignInOutcome { SignedIn, WrongCredentials, TooManyTries }

/// <summary>The result of checking a user name and password.</summary>
public sealed record SignInCheck(SignInOutcome Outcome, StaffAccount? Account = null, TimeSpan RetryAfter = default)
{
    /// <summary>One message for an unknown user and a wrong password, so the page does not say which names exist.</summary>
    public const string WrongCredentialsMessage = "That user name and password do not match. Please try again.";

    /// <summary>The same for every name, known or not: the wait belongs to this device's tries, not to an account.</summary>
    public string? Message() => Outcome switch
    {
        SignInOutcome.SignedIn => null,
        SignInOutcome.TooManyTries => $"Too many wrong passwords from this device. Please wait {Wait(RetryAfter)} before trying again.",
        _ => WrongCredentialsMessage,
    };

    private static string Wait(TimeSpan left)
    {
        if (left <= TimeSpan.FromSeconds(59)) return left.TotalSeconds <= 1 ? "a second" : $"{(int)Math.Ceiling(left.TotalSeconds)} seconds";
        var minutes = (int)Math.Ceiling(left.TotalMinutes);
        return minutes == 1 ? "a minute" : $"{minutes} minutes";
    }
}

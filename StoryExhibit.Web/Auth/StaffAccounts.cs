using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Staff;
using StoryExhibit.Core.Text;

namespace StoryExhibit.Web.Auth;

/// <summary>
/// The staff accounts in the StaffAccounts table: passwords hashed with ASP.NET Core Identity's hasher, wrong
/// passwords slowed per user name and client (<see cref="SignInThrottle"/>, never an account-wide lockout that a
/// stranger could aim at the admin), and never without an admin.
/// </summary>
public sealed class StaffAccounts(
    IDbContextFactory<StoryExhibitDb> contexts,
    IPasswordHasher<StaffAccount> hasher,
    SignInThrottle throttle,
    TimeProvider clock,
    ILogger<StaffAccounts> log)
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 256;
    public const int MaxUserNameLength = 64;
    public const string WrongCurrentPasswordMessage = "That is not your current password. Please try again.";

    // An unknown user name is checked against this hash, so it takes as long as a wrong password.
    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(new StaffAccount(), Convert.ToHexString(RandomNumberGenerator.GetBytes(16))));

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>User names are kept trimmed and in lower case, so "Ana" and "ana" are the same person.</summary>
    public static string NormalizeUserName(string? userName) => FreeText.Normalize(userName, FreeTextKind.Name).ToLowerInvariant();

    public static string? CheckUserName(string userName) => userName switch
    {
        "" => "Please enter a user name.",
        { Length: < 2 or > MaxUserNameLength } => $"A user name has 2 to {MaxUserNameLength} characters.",
        _ when !userName.All(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' or '@') => "A user name may use letters, digits and . - _ @ only.",
        _ => null,
    };

    public static string? CheckPassword(string? password) => password switch
    {
        null or "" => "Please enter a password.",
        { Length: < MinPasswordLength } => $"A password needs at least {MinPasswordLength} characters.",
        { Length: > MaxPasswordLength } => $"A password has at most {MaxPasswordLength} characters.",
        _ when string.IsNullOrWhiteSpace(password) => "A password cannot be only spaces.",
        _ => null,
    };

    /// <summary>Changes whenever the password or role changes; a sign-in cookie carrying an old stamp stops working.</summary>
    public static string Stamp(StaffAccount account) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{account.Id}|{account.Role}|{account.PasswordHash}")))[..20];

    public async Task<bool> AnyAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.StaffAccounts.AnyAsync(ct);
    }

    public async Task<IReadOnlyList<StaffAccountView>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var accounts = await db.StaffAccounts.AsNoTracking().OrderBy(a => a.UserName).ToListAsync(ct);
        var now = Now;
        return [.. accounts.Select(a => new StaffAccountView(a.Id, a.UserName, a.Role, a.CreatedUtc, a.LastSignInUtc,
            throttle.LongestWait(a.UserName) is { Ticks: > 0 } wait ? now + wait : null))];
    }

    public async Task<StaffAccount?> FindAsync(int id, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.StaffAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct);
    }

    public Task<AccountChange> CreateAsync(string userName, string password, StaffRole role, CancellationToken ct) =>
        CreateAsync(userName, password, role, onlyIfNone: false, ct);

    /// <summary>The first admin (set-up page, or configuration at start): refused once any account exists.</summary>
    public Task<AccountChange> CreateFirstAdminAsync(string userName, string password, CancellationToken ct) =>
        CreateAsync(userName, password, StaffRole.Admin, onlyIfNone: true, ct);

    private async Task<AccountChange> CreateAsync(string userName, string password, StaffRole role, bool onlyIfNone, CancellationToken ct)
    {
        var name = NormalizeUserName(userName);
        if (CheckUserName(name) is { } nameError) return AccountChange.Refused(nameError, "UserName");
        if (CheckPassword(password) is { } passwordError) return AccountChange.Refused(passwordError, "Password");

        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (onlyIfNone && await db.StaffAccounts.AnyAsync(ct))
            return AccountChange.Refused("The exhibit is already set up: sign in with an existing account.");
        if (await db.StaffAccounts.AnyAsync(a => a.UserName == name, ct))
            return AccountChange.Refused($"There is already an account called {name}.", "UserName");

        var account = new StaffAccount { UserName = name, Role = role, CreatedUtc = Now };
        account.PasswordHash = hasher.HashPassword(account, password);
        db.StaffAccounts.Add(account);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        log.LogInformation("Staff account {UserName} created with role {Role}", name, role);
        return AccountChange.Done;
    }

    /// <summary>
    /// Checks a user name and password tried from <paramref name="client"/> (its network address). An unknown name and a
    /// wrong password take the same path (a hash check, no write) and give the same answer; so does a client that must
    /// wait after too many wrong passwords (<see cref="SignInThrottle"/>), whatever the name.
    /// </summary>
    public async Task<SignInCheck> VerifyAsync(string userName, string password, string client, CancellationToken ct)
    {
        var name = NormalizeUserName(userName);
        if (throttle.WaitBefore(name, client) is { Ticks: > 0 } wait)
        {
            log.LogWarning("Sign-in refused for {UserName} from {Client}: too many wrong passwords, {Wait} to wait", name, client, wait);
            return new SignInCheck(SignInOutcome.TooManyTries, RetryAfter: wait);
        }
        await using var db = await contexts.CreateDbContextAsync(ct);
        var account = await db.StaffAccounts.SingleOrDefaultAsync(a => a.UserName == name, ct);
        if (account is null || !PasswordMatches(account, password ?? ""))
        {
            if (account is null) hasher.VerifyHashedPassword(new StaffAccount(), _decoyHash.Value, password ?? "");
            throttle.Failed(name, client);
            log.LogWarning("Sign-in refused for {UserName} from {Client}: {Reason}", account is null ? "an unknown user name" : name, client,
                account is null ? "no such account" : "wrong password");
            return new SignInCheck(SignInOutcome.WrongCredentials);
        }

        throttle.Succeeded(name, client);
        account.LastSignInUtc = Now;
        account.FailedSignIns = 0;
        account.LockedUntilUtc = null;
        await db.SaveChangesAsync(ct);
        log.LogInformation("{UserName} signed in ({Role})", name, account.Role);
        return new SignInCheck(SignInOutcome.SignedIn, account);
    }

    /// <summary>
    /// A signed-in person replaces their own password. The current password is checked like a sign-in, and wrong ones
    /// are slowed the same way (the client being the signed-in session), since the form would otherwise let whoever
    /// finds a signed-in screen guess the password without limit. The new password follows <see cref="CheckPassword"/>
    /// and must differ from the current one.
    /// </summary>
    public async Task<AccountChange> ChangeOwnPasswordAsync(int id, string currentPassword, string newPassword, CancellationToken ct)
    {
        if (CheckPassword(newPassword) is { } passwordError) return AccountChange.Refused(passwordError, "NewPassword");
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.StaffAccounts.SingleOrDefaultAsync(a => a.Id == id, ct) is not { } account) return Gone;

        var client = $"signed-in:{id}";
        if (throttle.WaitBefore(account.UserName, client) is { Ticks: > 0 } wait)
            return AccountChange.Refused(new SignInCheck(SignInOutcome.TooManyTries, RetryAfter: wait).Message()!, "CurrentPassword");
        if (!PasswordMatches(account, currentPassword ?? ""))
        {
            throttle.Failed(account.UserName, client);
            log.LogWarning("{UserName} gave a wrong current password when changing it", account.UserName);
            return AccountChange.Refused(WrongCurrentPasswordMessage, "CurrentPassword");
        }
        throttle.Succeeded(account.UserName, client);
        if (hasher.VerifyHashedPassword(account, account.PasswordHash, newPassword) != PasswordVerificationResult.Failed)
            return AccountChange.Refused("The new password is the same as the current one: please choose a different one.", "NewPassword");

        account.PasswordHash = hasher.HashPassword(account, newPassword);
        await db.SaveChangesAsync(ct);
        log.LogInformation("{UserName} changed their own password", account.UserName);
        return AccountChange.Done;
    }

    /// <summary>Checks the password of a tracked account; a hash in an older format is renewed (the caller saves).</summary>
    private bool PasswordMatches(StaffAccount account, string password)
    {
        var result = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (result == PasswordVerificationResult.SuccessRehashNeeded) account.PasswordHash = hasher.HashPassword(account, password);
        return result != PasswordVerificationResult.Failed;
    }

    /// <summary>Sets a new password (an admin's reset); also lets the account be tried again at once from everywhere.</summary>
    public async Task<AccountChange> ResetPasswordAsync(int id, string password, string changedBy, CancellationToken ct)
    {
        if (CheckPassword(password) is { } passwordError) return AccountChange.Refused(passwordError, "Password");
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.StaffAccounts.SingleOrDefaultAsync(a => a.Id == id, ct) is not { } account) return Gone;
        account.PasswordHash = hasher.HashPassword(account, password);
        account.FailedSignIns = 0;
        account.LockedUntilUtc = null;
        await db.SaveChangesAsync(ct);
        throttle.Forget(account.UserName);
        log.LogInformation("Password of {UserName} reset by {ChangedBy}", account.UserName, changedBy);
        return AccountChange.Done;
    }

    /// <summary>Lets an account be tried again at once from everywhere (the waits after wrong passwords end).</summary>
    public async Task<AccountChange> UnlockAsync(int id, string changedBy, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.StaffAccounts.SingleOrDefaultAsync(a => a.Id == id, ct) is not { } account) return Gone;
        account.FailedSignIns = 0;
        account.LockedUntilUtc = null;
        await db.SaveChangesAsync(ct);
        throttle.Forget(account.UserName);
        log.LogInformation("Account {UserName} unlocked by {ChangedBy}", account.UserName, changedBy);
        return AccountChange.Done;
    }

    /// <summary>Deletes an account, but never the signed-in person's own and never the last admin.</summary>
    public async Task<AccountChange> DeleteAsync(int id, string changedBy, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (await db.StaffAccounts.SingleOrDefaultAsync(a => a.Id == id, ct) is not { } account) return Gone;
        if (account.UserName == NormalizeUserName(changedBy)) return AccountChange.Refused("You cannot delete your own account while signed in with it.");
        if (account.Role == StaffRole.Admin && await db.StaffAccounts.CountAsync(a => a.Role == StaffRole.Admin, ct) <= 1)
            return AccountChange.Refused("This is the last admin account: add another admin before deleting it.");
        db.StaffAccounts.Remove(account);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        log.LogInformation("Account {UserName} deleted by {ChangedBy}", account.UserName, changedBy);
        return AccountChange.Done;
    }

    private static AccountChange Gone => AccountChange.Refused("That account no longer exists.");
}

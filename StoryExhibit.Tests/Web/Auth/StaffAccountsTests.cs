using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Staff;
using StoryExhibit.Tests.Web.Settings;
using StoryExhibit.Web.Auth;

namespace StoryExhibit.Tests.Web.Auth;

/// <summary>The account service on a real, migrated SQLite database, with a clock the tests move.</summary>
public sealed class StaffAccountsTests : IAsyncLifetime
{
    private const string Password = "correct-horse-battery";
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
    private SettingsHost _host = null!;
    private StaffAccounts _accounts = null!;

    public async Task InitializeAsync()
    {
        _host = await SettingsHost.StartAsync();
        var options = new StaffOptions { MaxFailedSignIns = 3, Lockout = TimeSpan.FromMinutes(15) };
        _accounts = new StaffAccounts(Contexts, new PasswordHasher<StaffAccount>(), new FixedOptions<StaffOptions>(options), _clock, NullLogger<StaffAccounts>.Instance);
    }

    private IDbContextFactory<StoryExhibitDb> Contexts => _host.Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>();

    private async Task<StaffAccount> StoredAsync(string userName)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        return await db.StaffAccounts.SingleAsync(a => a.UserName == userName);
    }

    [Fact]
    public async Task The_password_is_stored_only_as_a_salted_hash_and_verifies()
    {
        Assert.True((await _accounts.CreateAsync("Ana", Password, StaffRole.Staff, default)).Succeeded);
        Assert.True((await _accounts.CreateAsync("ben", Password, StaffRole.Staff, default)).Succeeded);
        var ana = await StoredAsync("ana");
        Assert.DoesNotContain(Password, ana.PasswordHash);
        Assert.NotEqual(ana.PasswordHash, (await StoredAsync("ben")).PasswordHash); // salted
        var bytes = await File.ReadAllBytesAsync(_host.DatabasePath);
        Assert.DoesNotContain(Password, System.Text.Encoding.UTF8.GetString(bytes));

        var check = await _accounts.VerifyAsync(" ANA ", Password, default);
        Assert.Equal(SignInOutcome.SignedIn, check.Outcome);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, (await StoredAsync("ana")).LastSignInUtc);
        Assert.Equal(SignInOutcome.WrongCredentials, (await _accounts.VerifyAsync("ana", Password + "!", default)).Outcome);
    }

    [Fact]
    public async Task An_unknown_user_and_a_wrong_password_get_the_same_answer()
    {
        await _accounts.CreateAsync("ana", Password, StaffRole.Staff, default);
        var unknown = await _accounts.VerifyAsync("nobody", Password, default);
        var wrong = await _accounts.VerifyAsync("ana", "wrong-password", default);
        Assert.Equal(unknown.Outcome, wrong.Outcome);
        Assert.Equal(unknown.Message(default), wrong.Message(default));
        Assert.Null(unknown.Account);
        Assert.Null(wrong.Account);
    }

    [Fact]
    public async Task Repeated_wrong_passwords_lock_the_account_until_the_lockout_ends()
    {
        await _accounts.CreateAsync("ana", Password, StaffRole.Staff, default);
        Assert.Equal(SignInOutcome.WrongCredentials, (await _accounts.VerifyAsync("ana", "wrong-1-password", default)).Outcome);
        Assert.Equal(SignInOutcome.WrongCredentials, (await _accounts.VerifyAsync("ana", "wrong-2-password", default)).Outcome);
        var locked = await _accounts.VerifyAsync("ana", "wrong-3-password", default);
        Assert.Equal(SignInOutcome.LockedOut, locked.Outcome);
        Assert.Contains("Try again in 15 minutes", locked.Message(_clock.GetUtcNow().UtcDateTime));

        // Even the right password is refused while locked.
        _clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(SignInOutcome.LockedOut, (await _accounts.VerifyAsync("ana", Password, default)).Outcome);

        _clock.Advance(TimeSpan.FromMinutes(1.5));
        Assert.Equal(SignInOutcome.SignedIn, (await _accounts.VerifyAsync("ana", Password, default)).Outcome);
        var stored = await StoredAsync("ana");
        Assert.Equal((0, null), (stored.FailedSignIns, stored.LockedUntilUtc));
    }

    [Fact]
    public async Task An_admin_can_unlock_or_reset_a_locked_account()
    {
        await _accounts.CreateAsync("ana", Password, StaffRole.Staff, default);
        for (var i = 0; i < 3; i++) await _accounts.VerifyAsync("ana", "wrong-password", default);
        var ana = await StoredAsync("ana");
        Assert.True(new StaffAccountView(ana.Id, ana.UserName, ana.Role, ana.CreatedUtc, null, ana.LockedUntilUtc, 0).IsLocked(_clock.GetUtcNow().UtcDateTime));

        Assert.True((await _accounts.UnlockAsync(ana.Id, "admin", default)).Succeeded);
        Assert.Equal(SignInOutcome.SignedIn, (await _accounts.VerifyAsync("ana", Password, default)).Outcome);

        Assert.Equal("Password", (await _accounts.ResetPasswordAsync(ana.Id, "short", "admin", default)).Field);
        Assert.True((await _accounts.ResetPasswordAsync(ana.Id, "a-brand-new-password", "admin", default)).Succeeded);
        Assert.Equal(SignInOutcome.WrongCredentials, (await _accounts.VerifyAsync("ana", Password, default)).Outcome);
        Assert.Equal(SignInOutcome.SignedIn, (await _accounts.VerifyAsync("ana", "a-brand-new-password", default)).Outcome);
    }

    [Fact]
    public async Task The_last_admin_and_oneself_cannot_be_deleted()
    {
        await _accounts.CreateAsync("root", Password, StaffRole.Admin, default);
        await _accounts.CreateAsync("ana", Password, StaffRole.Staff, default);
        var root = await StoredAsync("root");

        var last = await _accounts.DeleteAsync(root.Id, "ana", default);
        Assert.False(last.Succeeded);
        Assert.Contains("last admin", last.Error);
        Assert.Contains("own account", (await _accounts.DeleteAsync(root.Id, "root", default)).Error);

        await _accounts.CreateAsync("second", Password, StaffRole.Admin, default);
        Assert.True((await _accounts.DeleteAsync(root.Id, "second", default)).Succeeded);
        Assert.DoesNotContain(await _accounts.ListAsync(default), a => a.UserName == "root");
        var second = await StoredAsync("second");
        Assert.False((await _accounts.DeleteAsync(second.Id, "ana", default)).Succeeded);
    }

    [Fact]
    public async Task New_accounts_need_a_good_name_a_long_enough_password_and_a_free_name()
    {
        Assert.Equal("UserName", (await _accounts.CreateAsync("", Password, StaffRole.Staff, default)).Field);
        Assert.Equal("UserName", (await _accounts.CreateAsync("a b", Password, StaffRole.Staff, default)).Field);
        Assert.Equal("A password needs at least 10 characters.", (await _accounts.CreateAsync("ana", "123456789", StaffRole.Staff, default)).Error);
        Assert.True((await _accounts.CreateAsync("ana", "1234567890", StaffRole.Staff, default)).Succeeded);
        Assert.Equal("There is already an account called ana.", (await _accounts.CreateAsync("ANA", Password, StaffRole.Staff, default)).Error);
    }

    [Fact]
    public async Task The_first_admin_is_created_only_while_no_account_exists()
    {
        Assert.False(await _accounts.AnyAsync(default));
        Assert.True((await _accounts.CreateFirstAdminAsync("curator", Password, default)).Succeeded);
        Assert.Equal(StaffRole.Admin, (await StoredAsync("curator")).Role);
        var again = await _accounts.CreateFirstAdminAsync("intruder", Password, default);
        Assert.False(again.Succeeded);
        Assert.Single(await _accounts.ListAsync(default));
    }

    [Fact]
    public async Task A_sign_in_stamp_changes_with_the_password_and_role()
    {
        await _accounts.CreateAsync("ana", Password, StaffRole.Staff, default);
        var before = StaffAccounts.Stamp(await StoredAsync("ana"));
        Assert.Equal(before, StaffAccounts.Stamp(await StoredAsync("ana")));
        await _accounts.ResetPasswordAsync((await StoredAsync("ana")).Id, "another-password-1", "admin", default);
        Assert.NotEqual(before, StaffAccounts.Stamp(await StoredAsync("ana")));
    }

    [Fact]
    public async Task Staff_change_their_own_password_which_changes_the_stamp()
    {
        await _accounts.CreateAsync("ana", Password, StaffRole.Staff, default);
        var ana = await StoredAsync("ana");
        var stamp = StaffAccounts.Stamp(ana);

        Assert.True((await _accounts.ChangeOwnPasswordAsync(ana.Id, Password, "a-password-of-her-own", default)).Succeeded);
        Assert.NotEqual(stamp, StaffAccounts.Stamp(await StoredAsync("ana")));
        Assert.Equal(SignInOutcome.WrongCredentials, (await _accounts.VerifyAsync("ana", Password, default)).Outcome);
        Assert.Equal(SignInOutcome.SignedIn, (await _accounts.VerifyAsync("ana", "a-password-of-her-own", default)).Outcome);
    }

    [Fact]
    public async Task A_new_own_password_follows_the_rules_and_differs_from_the_current_one()
    {
        await _accounts.CreateAsync("ana", Password, StaffRole.Staff, default);
        var ana = await StoredAsync("ana");

        var tooShort = await _accounts.ChangeOwnPasswordAsync(ana.Id, Password, "short", default);
        Assert.Equal(("NewPassword", "A password needs at least 10 characters."), (tooShort.Field, tooShort.Error));
        var blank = await _accounts.ChangeOwnPasswordAsync(ana.Id, Password, "            ", default);
        Assert.Equal("A password cannot be only spaces.", blank.Error);
        var same = await _accounts.ChangeOwnPasswordAsync(ana.Id, Password, Password, default);
        Assert.Equal("NewPassword", same.Field);
        Assert.Contains("same as the current one", same.Error);

        Assert.Equal(ana.PasswordHash, (await StoredAsync("ana")).PasswordHash);
        Assert.Equal(0, (await StoredAsync("ana")).FailedSignIns);
    }

    [Fact]
    public async Task A_wrong_current_password_is_refused_and_counts_towards_the_lockout()
    {
        await _accounts.CreateAsync("ana", Password, StaffRole.Staff, default);
        var ana = await StoredAsync("ana");

        var wrong = await _accounts.ChangeOwnPasswordAsync(ana.Id, "not-her-password", "a-password-of-her-own", default);
        Assert.Equal(("CurrentPassword", StaffAccounts.WrongCurrentPasswordMessage), (wrong.Field, wrong.Error));
        Assert.Equal(1, (await StoredAsync("ana")).FailedSignIns);
        Assert.Equal(ana.PasswordHash, (await StoredAsync("ana")).PasswordHash);

        // Sign-in failures and password-change failures add up to the same limit (3 here).
        Assert.Equal(SignInOutcome.WrongCredentials, (await _accounts.VerifyAsync("ana", "wrong-password", default)).Outcome);
        var locked = await _accounts.ChangeOwnPasswordAsync(ana.Id, "still-not-her-password", "a-password-of-her-own", default);
        Assert.Equal("CurrentPassword", locked.Field);
        Assert.Contains("locked after too many wrong passwords", locked.Error);
        Assert.Equal(SignInOutcome.LockedOut, (await _accounts.VerifyAsync("ana", Password, default)).Outcome);

        // While locked even the right current password changes nothing.
        Assert.Contains("locked", (await _accounts.ChangeOwnPasswordAsync(ana.Id, Password, "a-password-of-her-own", default)).Error);
        _clock.Advance(TimeSpan.FromMinutes(16));
        Assert.True((await _accounts.ChangeOwnPasswordAsync(ana.Id, Password, "a-password-of-her-own", default)).Succeeded);
        Assert.Equal(SignInOutcome.SignedIn, (await _accounts.VerifyAsync("ana", "a-password-of-her-own", default)).Outcome);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        SettingsHost.DeleteFolder(_host.Folder);
    }
}

/// <summary>A clock that only moves when told to.</summary>
public sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;
    public override DateTimeOffset GetUtcNow() => _now;
    public void Advance(TimeSpan by) => _now += by;
}

public sealed class FixedOptions<T>(T value) : IOptionsMonitor<T>
{
    public T CurrentValue => value;
    public T Get(string? name) => value;
    public IDisposable? OnChange(Action<T, string?> listener) => null;
}

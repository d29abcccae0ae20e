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
    /// <summary>Where the real staff sign in from, and where a stranger guesses from.</summary>
    private const string Here = "10.0.0.7", Stranger = "203.0.113.9";
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero));
    private SettingsHost _host = null!;
    private StaffAccounts _accounts = null!;
    private SignInThrottle _throttle = null!;

    public async Task InitializeAsync()
    {
        _host = await SettingsHost.StartAsync();
        var options = new StaffOptions { FreeSignInFailures = 3, FreeClientSignInFailures = 10, FirstSignInDelay = TimeSpan.FromSeconds(1), MaxSignInDelay = TimeSpan.FromMinutes(15) };
        _throttle = new SignInThrottle(new FixedOptions<StaffOptions>(options), _clock);
        _accounts = new StaffAccounts(Contexts, new PasswordHasher<StaffAccount>(), _throttle, _clock, NullLogger<StaffAccounts>.Instance);
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

        var check = await _accounts.VerifyAsync(" ANA ", Password, Here, default);
        Assert.Equal(SignInOutcome.SignedIn, check.Outcome);
        Assert.Equal(_clock.GetUtcNow().UtcDateTime, (await StoredAsync("ana")).LastSignInUtc);
        Assert.Equal(SignInOutcome.WrongCredentials, (await _accounts.VerifyAsync("ana", Password + "!", Here, default)).Outcome);
    }

    [Fact]
    public async Task A_user_name_is_tidied_as_typed_text_so_hidden_characters_make_no_second_ana()
    {
        Assert.True((await _accounts.CreateAsync("\u202eＡna\u200b", Password, StaffRole.Staff, default)).Succeeded);
        Assert.Equal("ana", (await StoredAsync("ana")).UserName);
        Assert.False((await _accounts.CreateAsync("ana\u2066", Password, StaffRole.Staff, default)).Succeeded);
        Assert.Equal(SignInOutcome.SignedIn, (await _accounts.VerifyAsync("ana", Password, Here, default)).Outcome);
    }

    [Fact]
    public async Task An_unknown_user_and_a_wrong_password_get_the_same_answer()
    {
        await _accounts.CreateAsync("ana", Password, StaffRole.Staff, default);
        var unknown = await _accounts.VerifyAsync("nobody", Password, Here, default);
        var wrong = await _accounts.VerifyAsync("ana", "wrong-password", Here, default);
        Assert.Equal(unknown.Outcome, wrong.Outcome);
        Assert.Equal(unknown.Message(), wrong.Message());
        Assert.Null(unknown.Account);
        Assert.Null(wrong.Account);
    }

    [Fact]
    public async Task A_stranger_guessing_the_admins_password_makes_only_themselves_wait()
    {
        await _accounts.CreateAsync("root", Password, StaffRole.Admin, default);
        for (var i = 1; i <= 4; i++)
            Assert.Equal(SignInOutcome.WrongCredentials, (await _accounts.VerifyAsync("root", $"guess-number-{i}", Stranger, default)).Outcome);

        // The stranger now waits, even with the right password; the admin, elsewhere, signs in at once.
        var waiting = await _accounts.VerifyAsync("root", Password, Stranger, default);
        Assert.Equal((SignInOutcome.TooManyTries, null), (waiting.Outcome, waiting.Account));
        Assert.Equal("Too many wrong passwords from this device. Please wait a second before trying again.", waiting.Message());
        Assert.Equal(SignInOutcome.SignedIn, (await _accounts.VerifyAsync("root", Password, Here, default)).Outcome);

        // Once the wait is over the stranger may try again (and is then slowed further).
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(SignInOutcome.WrongCredentials, (await _accounts.VerifyAsync("root", "guess-number-5", Stranger, default)).Outcome);
        Assert.Equal(TimeSpan.FromSeconds(2), _throttle.WaitBefore("root", Stranger));
    }

    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("2001:db8:1:2:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64")]
    [InlineData("2001:db8:1:2:1111:2222:3333:4444", "2001:db8:1:2::/64")]
    public void A_client_is_its_address_or_its_IPv6_network(string address, string client)
    {
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(address);
        Assert.Equal(client, StaffSignInHosting.ClientOf(context));
    }

    [Fact]
    public void Waits_double_with_each_wrong_password_up_to_the_longest_wait()
    {
        var waits = new List<TimeSpan>();
        for (var i = 0; i < 16; i++)
        {
            _throttle.Failed("root", Stranger);
            waits.Add(_throttle.WaitBefore("root", Stranger));
        }
        Assert.Equal([TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4)], waits.Take(6));
        Assert.Equal(TimeSpan.FromMinutes(15), waits[^1]);
        Assert.Equal(TimeSpan.Zero, _throttle.WaitBefore("root", Here));
    }

    [Fact]
    public async Task An_unknown_name_and_an_existing_one_get_the_same_answers_while_waiting_too()
    {
        await _accounts.CreateAsync("ana", Password, StaffRole.Staff, default);
        for (var i = 1; i <= 6; i++)
        {
            var known = await _accounts.VerifyAsync("ana", $"wrong-password-{i}", "198.51.100.1", default);
            var unknown = await _accounts.VerifyAsync("nobody", $"wrong-password-{i}", "198.51.100.2", default);
            Assert.Equal((known.Outcome, known.Message()), (unknown.Outcome, unknown.Message()));
            Assert.Equal(_throttle.WaitBefore("ana", "198.51.100.1"), _throttle.WaitBefore("nobody", "198.51.100.2"));
            _clock.Advance(_throttle.WaitBefore("ana", "198.51.100.1") / 2);
        }
        Assert.Equal(SignInOutcome.TooManyTries, (await _accounts.VerifyAsync("nobody", Password, "198.51.100.2", default)).Outcome);
        Assert.Equal(SignInOutcome.TooManyTries, (await _accounts.VerifyAsync("ana", Password, "198.51.100.1", default)).Outcome);
    }

    [Fact]
    public async Task A_client_guessing_many_names_must_wait_whatever_name_it_tries_next()
    {
        await _accounts.CreateAsync("ana", Password, StaffRole.Staff, default);
        for (var i = 0; i < 11; i++) await _accounts.VerifyAsync($"name-{i}", "some-password", Stranger, default);
        Assert.Equal(SignInOutcome.TooManyTries, (await _accounts.VerifyAsync("ana", Password, Stranger, default)).Outcome);
        Assert.Equal(SignInOutcome.SignedIn, (await _accounts.VerifyAsync("ana", Password, Here, default)).Outcome);
    }

    [Fact]
    public async Task An_admin_can_end_the_waits_or_reset_the_password()
    {
        await _accounts.CreateAsync("ana", Password, StaffRole.Staff, default);
        for (var i = 0; i < 5; i++) await _accounts.VerifyAsync("ana", "wrong-password", Stranger, default);
        var view = Assert.Single(await _accounts.ListAsync(default));
        Assert.True(view.IsWaiting(_clock.GetUtcNow().UtcDateTime));

        Assert.True((await _accounts.UnlockAsync(view.Id, "admin", default)).Succeeded);
        Assert.False(Assert.Single(await _accounts.ListAsync(default)).IsWaiting(_clock.GetUtcNow().UtcDateTime));
        Assert.Equal(SignInOutcome.SignedIn, (await _accounts.VerifyAsync("ana", Password, Stranger, default)).Outcome);

        Assert.Equal("Password", (await _accounts.ResetPasswordAsync(view.Id, "short", "admin", default)).Field);
        Assert.True((await _accounts.ResetPasswordAsync(view.Id, "a-brand-new-password", "admin", default)).Succeeded);
        Assert.Equal(SignInOutcome.WrongCredentials, (await _accounts.VerifyAsync("ana", Password, Here, default)).Outcome);
        Assert.Equal(SignInOutcome.SignedIn, (await _accounts.VerifyAsync("ana", "a-brand-new-password", Here, default)).Outcome);
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
        Assert.Equal(SignInOutcome.WrongCredentials, (await _accounts.VerifyAsync("ana", Password, Here, default)).Outcome);
        Assert.Equal(SignInOutcome.SignedIn, (await _accounts.VerifyAsync("ana", "a-password-of-her-own", Here, default)).Outcome);
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
    }

    [Fact]
    public async Task Wrong_current_passwords_are_refused_and_slowed_without_keeping_the_owner_out_elsewhere()
    {
        await _accounts.CreateAsync("ana", Password, StaffRole.Staff, default);
        var ana = await StoredAsync("ana");

        var wrong = await _accounts.ChangeOwnPasswordAsync(ana.Id, "not-her-password", "a-password-of-her-own", default);
        Assert.Equal(("CurrentPassword", StaffAccounts.WrongCurrentPasswordMessage), (wrong.Field, wrong.Error));
        Assert.Equal(ana.PasswordHash, (await StoredAsync("ana")).PasswordHash);

        for (var i = 0; i < 3; i++) await _accounts.ChangeOwnPasswordAsync(ana.Id, $"still-not-her-password-{i}", "a-password-of-her-own", default);
        // While the signed-in screen must wait even the right current password changes nothing.
        var waiting = await _accounts.ChangeOwnPasswordAsync(ana.Id, Password, "a-password-of-her-own", default);
        Assert.Equal("CurrentPassword", waiting.Field);
        Assert.Contains("Too many wrong passwords", waiting.Error);
        Assert.Equal(SignInOutcome.SignedIn, (await _accounts.VerifyAsync("ana", Password, Here, default)).Outcome);

        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.True((await _accounts.ChangeOwnPasswordAsync(ana.Id, Password, "a-password-of-her-own", default)).Succeeded);
        Assert.Equal(SignInOutcome.SignedIn, (await _accounts.VerifyAsync("ana", "a-password-of-her-own", Here, default)).Outcome);
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

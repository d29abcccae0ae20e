using Microsoft.Extensions.Options;

namespace StoryExhibit.Web.Auth;

/// <summary>
/// On a first run (no account yet) creates the admin named in configuration (Staff:Admin). Registered after the
/// DatabaseInitializer, so the table exists. Without configuration the set-up page does it.
/// </summary>
internal sealed class FirstAdminAtStart(StaffAccounts accounts, IOptions<StaffOptions> options, ILogger<FirstAdminAtStart> log) : IHostedService
{
    public async Task StartAsync(CancellationToken ct)
    {
        if (await accounts.AnyAsync(ct)) return;
        var admin = options.Value.Admin;
        if (!admin.IsConfigured)
        {
            log.LogWarning("No staff account exists yet: the first person to open {SetupPath} creates the admin", StaffSignInHosting.SetupPath);
            return;
        }
        var created = await accounts.CreateFirstAdminAsync(admin.UserName, admin.Password, ct);
        if (!created.Succeeded)
            throw new InvalidOperationException($"Staff:Admin in the configuration cannot be used: {created.Error}");
        log.LogInformation("Created the first admin account {UserName} from configuration (Staff:Admin)", StaffAccounts.NormalizeUserName(admin.UserName));
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}

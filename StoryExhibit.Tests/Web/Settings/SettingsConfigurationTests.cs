using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Settings;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Web.Settings;

/// <summary>The staff settings configuration source, wired as the app wires it (<see cref="SettingsHosting.AddExhibitSettings"/>).</summary>
public sealed class SettingsConfigurationTests
{
    private static readonly IReadOnlySet<string> KeyIsSecret = new HashSet<string> { "Generation:Speech:ApiKey" };
    private static readonly IReadOnlySet<string> NoSecrets = new HashSet<string>();

    [Fact]
    public async Task A_save_is_seen_through_IOptionsMonitor_at_once_and_wins_over_appsettings()
    {
        await using var app = await SettingsHost.StartAsync(new Dictionary<string, string?> { ["Generation:Speech:Voice"] = "en-us", ["Generation:Speech:Speed"] = "1.1" });
        try
        {
            Assert.Equal("en-us", app.Speech.CurrentValue.Voice);
            var notified = new TaskCompletionSource<SpeechOptions>(TaskCreationOptions.RunContinuationsAsynchronously);
            using var listener = app.Speech.OnChange(o => notified.TrySetResult(o));

            await app.Store.SaveAsync(new Dictionary<string, string?> { ["Generation:Speech:Voice"] = "en-gb", ["Generation:Speech:RealTimeNarration"] = "false" }, NoSecrets, "staff");

            var current = app.Speech.CurrentValue;
            Assert.Equal("en-gb", current.Voice);
            Assert.False(current.RealTimeNarration);
            Assert.Equal(1.1, current.Speed); // untouched settings still come from appsettings
            Assert.Equal("en-gb", (await notified.Task.WaitAsync(TimeSpan.FromSeconds(5))).Voice);

            // Removing the override goes back to appsettings, again without a restart.
            await app.Store.SaveAsync(new Dictionary<string, string?> { ["Generation:Speech:Voice"] = null }, NoSecrets, "staff");
            Assert.Equal("en-us", app.Speech.CurrentValue.Voice);
        }
        finally { SettingsHost.DeleteFolder(app.Folder); }
    }

    [Fact]
    public async Task Secrets_are_decrypted_for_the_app_and_still_read_after_a_restart()
    {
        string folder;
        await using (var first = await SettingsHost.StartAsync())
        {
            folder = first.Folder;
            await first.Store.SaveAsync(new Dictionary<string, string?> { ["Generation:Speech:ApiKey"] = "sk-restart-77" }, KeyIsSecret, "staff");
            Assert.Equal("sk-restart-77", first.Speech.CurrentValue.ApiKey);
        }
        try
        {
            Assert.True(Directory.Exists(Path.Combine(folder, "keys")), "Data Protection keys are kept next to the database.");
            // Built but not started: the value is there from the configuration build, before any migration or reload.
            await using var second = await SettingsHost.StartAsync(folder: folder, start: false);
            Assert.Equal("sk-restart-77", second.Configuration["Generation:Speech:ApiKey"]);
            var provider = Assert.Single(SettingsConfiguration.Providers(second.Configuration));
            Assert.Empty(provider.UnreadableSecrets);
            Assert.True(SettingsConfiguration.IsOverridden(second.Configuration, "Generation:Speech:ApiKey"));
            Assert.Null(SettingsConfiguration.BaseValue(second.Configuration, "Generation:Speech:ApiKey"));
        }
        finally { SettingsHost.DeleteFolder(folder); }
    }

    [Fact]
    public async Task The_staff_source_is_the_last_one_so_it_beats_later_layers_too()
    {
        await using var app = await SettingsHost.StartAsync(new Dictionary<string, string?> { ["Generation:Speech:Provider"] = "Espeak" });
        try
        {
            var root = (IConfigurationRoot)app.Configuration;
            Assert.IsType<SettingsConfigurationProvider>(root.Providers.Last());
            await app.Store.SaveAsync(new Dictionary<string, string?> { ["Generation:Speech:Provider"] = "Browser" }, NoSecrets, "staff");
            Assert.Equal(SpeechProvider.Browser, app.Speech.CurrentValue.Provider);
            Assert.Equal("Espeak", SettingsConfiguration.BaseValue(app.Configuration, "Generation:Speech:Provider"));
        }
        finally { SettingsHost.DeleteFolder(app.Folder); }
    }

    [Fact]
    public async Task A_missing_database_or_table_loads_nothing_and_a_reload_after_migration_finds_the_settings()
    {
        var folder = TemporaryFiles.NewFolder("settings").FullName;
        try
        {
            var database = Path.Combine(folder, "stories.db");
            var protector = new DataProtectionSecretProtector(new EphemeralDataProtectionProvider());
            var configuration = new ConfigurationBuilder().Add(new SettingsConfigurationSource($"Data Source={database}", protector)).Build();
            Assert.Empty(configuration.AsEnumerable());
            Assert.False(File.Exists(database), "Reading settings must not create the database.");

            // A database without the table yet (created by something else, not migrated).
            await using (var connection = new SqliteConnection($"Data Source={database}"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "CREATE TABLE Other (Id INTEGER)";
                await command.ExecuteNonQueryAsync();
            }
            SettingsConfiguration.Reload(configuration);
            Assert.Empty(configuration.AsEnumerable());

            // Migrated and filled: the next reload sees it.
            await using var services = new ServiceCollection().AddDbContextFactory<StoryExhibitDb>(o => o.UseSqlite($"Data Source={database}")).BuildServiceProvider();
            var contexts = services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>();
            await using (var db = await contexts.CreateDbContextAsync()) await db.Database.MigrateAsync();
            var store = new SettingsStore(contexts, protector);
            await store.SaveAsync(new Dictionary<string, string?> { ["Generation:Speech:Voice"] = "en+f3" }, NoSecrets, "staff");
            Assert.Null(configuration["Generation:Speech:Voice"]);
            SettingsConfiguration.Reload(configuration);
            Assert.Equal("en+f3", configuration["Generation:Speech:Voice"]);
        }
        finally { SettingsHost.DeleteFolder(folder); }
    }

    [Fact]
    public async Task A_secret_that_cannot_be_decrypted_is_left_out_not_fatal()
    {
        await using var app = await SettingsHost.StartAsync();
        try
        {
            var other = new SettingsStore(app.Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>(),
                new DataProtectionSecretProtector(new EphemeralDataProtectionProvider())); // keys the app does not have
            await other.SaveAsync(new Dictionary<string, string?> { ["Generation:Speech:ApiKey"] = "sk-lost" }, KeyIsSecret, "staff");
            SettingsConfiguration.Reload(app.Configuration);
            Assert.Null(app.Configuration["Generation:Speech:ApiKey"]);
            Assert.Equal(["Generation:Speech:ApiKey"], Assert.Single(SettingsConfiguration.Providers(app.Configuration)).UnreadableSecrets);
        }
        finally { SettingsHost.DeleteFolder(app.Folder); }
    }

    [Fact]
    public async Task The_speech_rules_are_registered_once_for_the_settings_page()
    {
        await using var app = await SettingsHost.StartAsync();
        try
        {
            var validators = app.Services.GetServices<IValidateOptions<SpeechOptions>>().ToList();
            Assert.NotEmpty(validators);
            var bad = new SpeechOptions { Speed = 9 };
            Assert.Contains(validators, v => v.Validate(Options.DefaultName, bad).Failed);
        }
        finally { SettingsHost.DeleteFolder(app.Folder); }
    }
}

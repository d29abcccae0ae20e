using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Settings;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Core.Settings;

/// <summary><see cref="SettingsStore"/> on a real SQLite file, with Data Protection encrypting the secrets.</summary>
public sealed class SettingsStoreTests : IAsyncLifetime
{
    private const string Voice = "Generation:Speech:Voice";
    private const string Speed = "Generation:Speech:Speed";
    private const string ApiKey = "Generation:Speech:ApiKey";
    private static readonly IReadOnlySet<string> NoSecrets = new HashSet<string>();
    private static readonly IReadOnlySet<string> KeyIsSecret = new HashSet<string> { ApiKey };

    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-store-").FullName;
    private ServiceProvider _services = null!;
    private readonly ISecretProtector _protector = new DataProtectionSecretProtector(new EphemeralDataProtectionProvider());
    private SettingsStore _store = null!;
    private string Connection => $"Data Source={Path.Combine(_folder, "stories.db")}";

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddDbContextFactory<StoryExhibitDb>(o => o.UseSqlite(Connection)).BuildServiceProvider();
        var contexts = _services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>();
        await using (var db = await contexts.CreateDbContextAsync()) await db.Database.MigrateAsync();
        _store = new SettingsStore(contexts, _protector);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    private Task<IReadOnlyList<SettingChange>> SaveAsync(Dictionary<string, string?> changes, IReadOnlySet<string>? secrets = null, string by = "staff") =>
        _store.SaveAsync(changes, secrets ?? NoSecrets, by, CancellationToken.None);

    [Fact]
    public async Task Saving_adds_then_updates_overrides_and_records_who_changed_what()
    {
        var first = await SaveAsync(new() { [Voice] = "en-gb", [Speed] = "1.2" }, by: "ada");
        Assert.Equal(2, first.Count);
        var second = await SaveAsync(new() { [Voice] = "en-us" }, by: "ben");
        var change = Assert.Single(second);
        Assert.Equal((Voice, "en-gb", "en-us", "ben"), (change.Key, change.OldValue, change.NewValue, change.ChangedBy));

        var stored = (await _store.ReadAllAsync()).ToDictionary(s => s.Key);
        Assert.Equal("en-us", stored[Voice].Value);
        Assert.Equal("ben", stored[Voice].UpdatedBy);
        Assert.Equal("1.2", stored[Speed].Value);
        Assert.False(stored[Voice].IsSecret);

        var recent = await _store.RecentChangesAsync(10);
        Assert.Equal(3, recent.Count);
        Assert.Equal("en-us", recent[0].NewValue); // newest first
        Assert.Single(await _store.RecentChangesAsync(1));
    }

    [Fact]
    public async Task A_null_value_removes_the_override()
    {
        await SaveAsync(new() { [Voice] = "en-gb" });
        var removed = Assert.Single(await SaveAsync(new() { [Voice] = null }));
        Assert.Equal(("en-gb", (string?)null), (removed.OldValue, removed.NewValue));
        Assert.Empty(await _store.ReadAllAsync());
    }

    [Fact]
    public async Task Unchanged_values_are_skipped_nothing_is_recorded_and_no_reload_is_asked()
    {
        await SaveAsync(new() { [Voice] = "en-gb" });
        var saves = 0;
        _store.Saved += _ => saves++;

        Assert.Empty(await SaveAsync(new() { [Voice] = "en-gb", [Speed] = null })); // same value; removing what is not there
        Assert.Equal(0, saves);
        Assert.Single(await _store.RecentChangesAsync(10));

        var changed = await SaveAsync(new() { [Voice] = "en-gb", [Speed] = "1.5" });
        Assert.Equal(Speed, Assert.Single(changed).Key);
        Assert.Equal(1, saves);
    }

    [Fact]
    public async Task A_secret_is_encrypted_at_rest_and_never_written_to_the_record()
    {
        const string key = "sk-live-very-secret-4242";
        var set = Assert.Single(await SaveAsync(new() { [ApiKey] = key }, KeyIsSecret));
        Assert.Equal(SettingsStore.SecretReplaced, set.NewValue);
        Assert.Null(set.OldValue);

        var raw = await RawValueAsync(ApiKey);
        Assert.NotNull(raw);
        Assert.NotEqual(key, raw);
        Assert.DoesNotContain(key, raw);
        Assert.Equal(new BoundSecret(key, ""), BoundSecret.Unprotect(_protector, raw!)); // entered for the address the server's configuration gives
        Assert.True((await _store.ReadAllAsync()).Single().IsSecret);

        Assert.Empty(await SaveAsync(new() { [ApiKey] = key }, KeyIsSecret)); // same key again: unchanged
        Assert.Equal(SettingsStore.SecretReplaced, Assert.Single(await SaveAsync(new() { [ApiKey] = "sk-other-1" }, KeyIsSecret)).NewValue);
        Assert.Equal(SettingsStore.SecretRemoved, Assert.Single(await SaveAsync(new() { [ApiKey] = null }, KeyIsSecret)).NewValue);
        Assert.Null(await RawValueAsync(ApiKey));

        var record = await _store.RecentChangesAsync(10);
        Assert.Equal(3, record.Count);
        Assert.All(record, c =>
        {
            Assert.DoesNotContain("sk-", c.OldValue ?? "");
            Assert.DoesNotContain("sk-", c.NewValue ?? "");
        });
    }

    [Fact]
    public async Task A_key_is_stored_with_its_address_and_goes_when_the_address_changes_without_a_new_key()
    {
        const string endpoint = "Generation:Speech:Endpoint";
        await SaveAsync(new() { [endpoint] = "http://tts.local:4123", [ApiKey] = "sk-bound-1" }, KeyIsSecret);
        Assert.Equal(new BoundSecret("sk-bound-1", "http://tts.local:4123"), BoundSecret.Unprotect(_protector, (await RawValueAsync(ApiKey))!));

        // Any caller: the store itself drops the key (staff asking for nothing about the key).
        var changes = await SaveAsync(new() { [endpoint] = "http://elsewhere.example:4123" }, NoSecrets, by: "staff");
        Assert.Equal(SettingsStore.SecretRemovedWithAddress, Assert.Single(changes, c => c.Key == ApiKey).NewValue);
        Assert.Null(await RawValueAsync(ApiKey));

        // With a new key in the same save, the new key is bound to the new address.
        await SaveAsync(new() { [endpoint] = "http://third.example:4123", [ApiKey] = "sk-bound-2" }, KeyIsSecret);
        Assert.Equal(new BoundSecret("sk-bound-2", "http://third.example:4123"), BoundSecret.Unprotect(_protector, (await RawValueAsync(ApiKey))!));
    }

    [Fact]
    public async Task Bad_keys_and_names_are_refused_before_anything_is_written()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => SaveAsync(new() { [" "] = "x" }));
        await Assert.ThrowsAsync<ArgumentException>(() => SaveAsync(new() { [Voice] = new string('x', SettingsStore.MaxValueLength + 1) }));
        await Assert.ThrowsAsync<ArgumentException>(() => SaveAsync(new() { [Voice] = "en" }, by: ""));
        Assert.Empty(await _store.ReadAllAsync());
        Assert.Empty(await _store.RecentChangesAsync(5));
    }

    private async Task<string?> RawValueAsync(string key)
    {
        await using var connection = new SqliteConnection(Connection);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Value FROM SettingOverrides WHERE Key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync() as string;
    }
}

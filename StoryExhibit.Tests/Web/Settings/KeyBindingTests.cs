using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Settings;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Web.Settings;

/// <summary>
/// A stored API key belongs to the address it was entered for: the store drops it when the address changes without a
/// new key, and the app withholds it when the stored address is edited behind the store's back (an old database, a
/// direct edit), so the key is never sent to another address.
/// </summary>
public sealed class KeyBindingTests : IAsyncLifetime
{
    private const string Endpoint = "Generation:Speech:Endpoint";
    private const string ApiKey = "Generation:Speech:ApiKey";
    private static readonly IReadOnlySet<string> KeyIsSecret = new HashSet<string> { ApiKey };
    private SettingsHost _app = null!;

    public async Task InitializeAsync() => _app = await SettingsHost.StartAsync();

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        SettingsHost.DeleteFolder(_app.Folder);
    }

    private Task<IReadOnlyList<SettingChange>> SaveAsync(Dictionary<string, string?> changes) => _app.Store.SaveAsync(changes, KeyIsSecret, "someone");

    [Fact]
    public async Task Changing_the_address_without_a_new_key_removes_the_stored_key_whoever_saves()
    {
        await SaveAsync(new() { ["Generation:Speech:Provider"] = "OpenAICompatible", [Endpoint] = "http://tts.exhibit.local:4123", [ApiKey] = "sk-speech-1" });
        Assert.Equal("sk-speech-1", _app.Speech.CurrentValue.ApiKey);

        var changes = await SaveAsync(new() { [Endpoint] = "http://attacker.example:4123" });

        Assert.Contains(changes, c => c.Key == ApiKey && c.NewValue == SettingsStore.SecretRemovedWithAddress);
        Assert.DoesNotContain(await _app.Store.ReadAllAsync(), s => s.Key == ApiKey);
        Assert.True(string.IsNullOrEmpty(_app.Speech.CurrentValue.ApiKey));
        Assert.Equal(new Uri("http://attacker.example:4123"), _app.Speech.CurrentValue.Endpoint);
    }

    [Fact]
    public async Task A_new_key_saved_with_the_new_address_is_kept_and_the_same_address_written_differently_is_no_change()
    {
        await SaveAsync(new() { [Endpoint] = "http://tts.exhibit.local:4123", [ApiKey] = "sk-speech-1" });
        await SaveAsync(new() { [Endpoint] = "http://tts2.exhibit.local:4123", [ApiKey] = "sk-speech-2" });
        Assert.Equal("sk-speech-2", _app.Speech.CurrentValue.ApiKey);

        Assert.DoesNotContain(await SaveAsync(new() { [Endpoint] = "http://TTS2.exhibit.local:4123/" }), c => c.Key == ApiKey);
        Assert.Equal("sk-speech-2", _app.Speech.CurrentValue.ApiKey);
    }

    [Fact]
    public async Task A_stored_address_edited_in_the_database_does_not_get_the_key()
    {
        await SaveAsync(new() { [Endpoint] = "http://tts.exhibit.local:4123", [ApiKey] = "sk-speech-1" });

        await ExecuteAsync("UPDATE SettingOverrides SET Value = 'http://attacker.example:4123' WHERE Key = $key", Endpoint);
        SettingsConfiguration.Reload(_app.Configuration);

        Assert.Equal(new Uri("http://attacker.example:4123"), _app.Speech.CurrentValue.Endpoint);
        Assert.True(string.IsNullOrEmpty(_app.Speech.CurrentValue.ApiKey));
        Assert.Equal([ApiKey], Assert.Single(SettingsConfiguration.Providers(_app.Configuration)).WithheldSecrets);

        // Put back, the key is the address's again.
        await ExecuteAsync("UPDATE SettingOverrides SET Value = 'http://tts.exhibit.local:4123' WHERE Key = $key", Endpoint);
        SettingsConfiguration.Reload(_app.Configuration);
        Assert.Equal("sk-speech-1", _app.Speech.CurrentValue.ApiKey);
    }

    [Fact]
    public async Task A_key_stored_before_keys_were_bound_is_withheld_if_its_address_changed_after_it()
    {
        var protector = _app.Services.GetRequiredService<ISecretProtector>();
        await ExecuteAsync($"INSERT INTO SettingOverrides (Key, Value, IsSecret, UpdatedUtc, UpdatedBy) VALUES ($key, '{protector.Protect("sk-old-1")}', 1, '2026-01-01 10:00:00', 'old')", ApiKey);
        await ExecuteAsync("INSERT INTO SettingOverrides (Key, Value, IsSecret, UpdatedUtc, UpdatedBy) VALUES ($key, 'http://tts.exhibit.local:4123', 0, '2026-01-01 09:00:00', 'old')", Endpoint);
        SettingsConfiguration.Reload(_app.Configuration);
        Assert.Equal("sk-old-1", _app.Speech.CurrentValue.ApiKey); // entered after its address: it belongs there

        await ExecuteAsync("UPDATE SettingOverrides SET Value = 'http://attacker.example:4123', UpdatedUtc = '2026-02-01 10:00:00' WHERE Key = $key", Endpoint);
        SettingsConfiguration.Reload(_app.Configuration);
        Assert.True(string.IsNullOrEmpty(_app.Speech.CurrentValue.ApiKey));
    }

    [Fact]
    public async Task A_key_from_the_servers_configuration_is_not_sent_to_an_address_staff_stored()
    {
        await using var app = await SettingsHost.StartAsync(new Dictionary<string, string?>
        {
            [ApiKey] = "sk-from-appsettings", [Endpoint] = "http://tts.exhibit.local:4123",
        });
        try
        {
            Assert.Equal("sk-from-appsettings", app.Speech.CurrentValue.ApiKey);
            await app.Store.SaveAsync(new Dictionary<string, string?> { [Endpoint] = "http://attacker.example:4123" }, KeyIsSecret, "someone");
            Assert.True(string.IsNullOrEmpty(app.Speech.CurrentValue.ApiKey));

            // Back to the configured address (the override removed), the configured key is the address's again.
            await app.Store.SaveAsync(new Dictionary<string, string?> { [Endpoint] = null }, KeyIsSecret, "someone");
            Assert.Equal("sk-from-appsettings", app.Speech.CurrentValue.ApiKey);
        }
        finally { SettingsHost.DeleteFolder(app.Folder); }
    }

    private async Task ExecuteAsync(string sql, string key)
    {
        await using var connection = new SqliteConnection($"Data Source={_app.DatabasePath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$key", key);
        await command.ExecuteNonQueryAsync();
    }
}

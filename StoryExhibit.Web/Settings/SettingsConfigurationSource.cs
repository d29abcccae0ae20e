using Microsoft.Data.Sqlite;
using StoryExhibit.Core.Settings;

namespace StoryExhibit.Web.Settings;

/// <summary>Staff-changed settings (the <c>SettingOverrides</c> table) as a configuration source; add it last so they win.</summary>
public sealed class SettingsConfigurationSource(string connectionString, ISecretProtector protector) : IConfigurationSource
{
    public string ConnectionString { get; } = connectionString;
    public ISecretProtector Protector { get; } = protector;

    public IConfigurationProvider Build(IConfigurationBuilder builder) => new SettingsConfigurationProvider(this);
}

/// <summary>
/// Reads the <c>SettingOverrides</c> table with Microsoft.Data.Sqlite (not EF: configuration is built before the
/// services), decrypting secret values. A database or table that does not exist yet loads nothing (the database
/// is created and migrated later at start, after which <see cref="Reload"/> is called). <see cref="Reload"/> after
/// every save makes <c>IOptionsMonitor</c> see the change at once.
/// </summary>
public sealed class SettingsConfigurationProvider(SettingsConfigurationSource source) : ConfigurationProvider
{
    /// <summary>Secret keys whose stored value could not be decrypted (e.g. the keys folder was lost); they are left out.</summary>
    public IReadOnlyList<string> UnreadableSecrets { get; private set; } = [];
    /// <summary>Stored API keys not sent anywhere because their address is no longer the one they were entered for.</summary>
    public IReadOnlyList<string> WithheldSecrets { get; private set; } = [];
    /// <summary>Why the last load kept the previous values, if it failed.</summary>
    public string? LastError { get; private set; }

    public override void Load()
    {
        var data = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var unreadable = new List<string>();
        try
        {
            var connection = new SqliteConnectionStringBuilder(source.ConnectionString) { Mode = SqliteOpenMode.ReadWrite };
            if (IsFile(connection.DataSource) && !File.Exists(connection.DataSource))
            {
                Publish(data, unreadable);
                return;
            }
            using var db = new SqliteConnection(connection.ToString());
            db.Open();
            using var command = db.CreateCommand();
            command.CommandText = "SELECT Key, Value, IsSecret, UpdatedUtc FROM SettingOverrides";
            using var reader = command.ExecuteReader();
            var rows = new Dictionary<string, Row>(StringComparer.OrdinalIgnoreCase);
            while (reader.Read())
            {
                var key = reader.GetString(0);
                var value = reader.IsDBNull(1) ? null : reader.GetString(1);
                var row = new Row(value, null, reader.GetDateTime(3));
                if (reader.GetBoolean(2) && value is not null)
                {
                    try { row = row with { Secret = BoundSecret.Unprotect(source.Protector, value), Value = null }; }
                    catch (Exception) { unreadable.Add(key); continue; }
                }
                rows[key] = row;
                data[key] = row.Secret?.Value ?? value;
            }
            WithholdKeysOfOtherAddresses(rows, data);
            Publish(data, unreadable);
        }
        catch (SqliteException ex) when (ex.Message.Contains("no such table", StringComparison.OrdinalIgnoreCase))
        {
            Publish(data, unreadable); // not migrated yet
        }
        catch (SqliteException ex)
        {
            // Busy or broken: keep what was loaded before rather than silently dropping every staff setting.
            LastError = ex.Message;
        }
    }

    /// <summary>Reads the table again and tells configuration listeners (<c>IOptionsMonitor</c>) about it.</summary>
    public void Reload()
    {
        Load();
        OnReload();
    }

    private sealed record Row(string? Value, BoundSecret? Secret, DateTime UpdatedUtc);

    /// <summary>
    /// A key is only sent to the address it was entered for. A stored key bound to another address than the stored
    /// one is withheld; a key stored before keys were bound is withheld when its address was changed after it; a key
    /// from the server's configuration belongs to the configured address, so it is hidden when staff store another.
    /// </summary>
    private void WithholdKeysOfOtherAddresses(Dictionary<string, Row> rows, Dictionary<string, string?> data)
    {
        var withheld = new List<string>();
        foreach (var pair in KeyedEndpoints.All)
        {
            rows.TryGetValue(pair.EndpointSetting, out var address);
            if (!rows.TryGetValue(pair.KeySetting, out var key))
            {
                if (address is not null) data[pair.KeySetting] = "";
                continue;
            }
            if (key.Secret is not { Value.Length: > 0 } secret) continue;
            var belongs = secret.Endpoint is { } boundTo
                ? KeyedEndpoints.SameAddress(boundTo, address?.Value)
                : address is null || address.UpdatedUtc <= key.UpdatedUtc;
            if (belongs) continue;
            data[pair.KeySetting] = "";
            withheld.Add(pair.KeySetting);
        }
        WithheldSecrets = withheld;
    }

    private void Publish(Dictionary<string, string?> data, List<string> unreadable)
    {
        Data = data;
        UnreadableSecrets = unreadable;
        LastError = null;
    }

    private static bool IsFile(string dataSource) =>
        dataSource.Length > 0 && !dataSource.Equals(":memory:", StringComparison.OrdinalIgnoreCase) && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase);
}

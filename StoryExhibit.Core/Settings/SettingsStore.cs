using Microsoft.EntityFrameworkCore;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Settings;

/// <summary>
/// Staff-changed settings in the database: overrides of appsettings.json by configuration key, and the record of
/// every change. Secret values are stored encrypted and never written to the record of changes.
/// </summary>
public sealed class SettingsStore(IDbContextFactory<StoryExhibitDb> contexts, ISecretProtector protector)
{
    /// <summary>What the record of changes says instead of a secret's value.</summary>
    public const string SecretReplaced = "(key replaced)";
    public const string SecretRemoved = "(key removed)";
    /// <summary>What the record of changes says when a stored key went because its address changed without a new key.</summary>
    public const string SecretRemovedWithAddress = "(key removed: the address changed)";
    public const int MaxKeyLength = 200;
    public const int MaxValueLength = 4000;

    /// <summary>Raised after a save that changed something (so the configuration can reload).</summary>
    public event Action<IReadOnlyList<SettingChange>>? Saved;

    /// <summary>Every override as stored (secret values still encrypted).</summary>
    public async Task<IReadOnlyList<SettingOverride>> ReadAllAsync(CancellationToken ct = default)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.SettingOverrides.AsNoTracking().OrderBy(s => s.Key).ToListAsync(ct).ConfigureAwait(false);
    }

    /// <summary>
    /// Upserts overrides: a null value removes the override (back to appsettings.json). Keys in
    /// <paramref name="secretKeys"/> are stored encrypted, each bound to its address (<see cref="KeyedEndpoints"/>): a
    /// save that changes an address without a new key for it removes the stored key, whoever asked. Unchanged values
    /// are skipped; every other key gets one <see cref="SettingChange"/>. Returns the changes recorded.
    /// </summary>
    public async Task<IReadOnlyList<SettingChange>> SaveAsync(IReadOnlyDictionary<string, string?> changes, IReadOnlySet<string> secretKeys,
        string changedBy, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(secretKeys);
        ArgumentException.ThrowIfNullOrWhiteSpace(changedBy);
        foreach (var (key, value) in changes)
        {
            if (string.IsNullOrWhiteSpace(key) || key.Length > MaxKeyLength) throw new ArgumentException($"'{key}' is not a setting key.", nameof(changes));
            if (value?.Length > MaxValueLength) throw new ArgumentException($"The value for {key} is longer than {MaxValueLength} characters.", nameof(changes));
        }

        var now = DateTime.UtcNow;
        var recorded = new List<SettingChange>();
        await using (var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false))
        {
            var keys = changes.Keys.Concat(KeyedEndpoints.All.SelectMany(p => new[] { p.KeySetting, p.EndpointSetting })).ToList();
            var existing = await db.SettingOverrides.Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, StringComparer.OrdinalIgnoreCase, ct).ConfigureAwait(false);
            var wanted = new Dictionary<string, string?>(changes, StringComparer.OrdinalIgnoreCase);
            var droppedWithAddress = DropKeysOfChangedAddresses(wanted, existing);
            foreach (var (key, value) in wanted.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                var secret = secretKeys.Contains(key) || droppedWithAddress.Contains(key);
                existing.TryGetValue(key, out var current);
                var boundTo = secret ? AddressAfterSave(key, wanted, existing) : null;
                if (Unchanged(current, value, secret, boundTo)) continue;

                // A value that was secret before is never copied into the record, even if it no longer is.
                var oldValue = current is { IsSecret: false } ? current.Value : null;
                if (value is null) db.SettingOverrides.Remove(current!);
                else
                {
                    if (current is null) db.SettingOverrides.Add(current = new SettingOverride { Key = key });
                    current.Value = secret ? new BoundSecret(value, boundTo).Protect(protector) : value;
                    current.IsSecret = secret;
                    current.UpdatedUtc = now;
                    current.UpdatedBy = changedBy;
                }
                var change = !secret ? new SettingChange { Key = key, OldValue = oldValue, NewValue = value }
                    : new SettingChange { Key = key, NewValue = droppedWithAddress.Contains(key) ? SecretRemovedWithAddress : string.IsNullOrEmpty(value) ? SecretRemoved : SecretReplaced };
                change.ChangedBy = changedBy;
                change.ChangedUtc = now;
                db.SettingChanges.Add(change);
                recorded.Add(change);
            }
            if (recorded.Count == 0) return recorded;
            await db.SaveChangesAsync(ct).ConfigureAwait(false);
        }
        Saved?.Invoke(recorded);
        return recorded;
    }

    /// <summary>
    /// A key belongs to the address it was entered for: where this save changes an address and brings no new key
    /// for it, the stored key is removed (an explicit "no key" override, which hides a key from the server's
    /// configuration, stays). Returns the keys removed this way.
    /// </summary>
    private HashSet<string> DropKeysOfChangedAddresses(Dictionary<string, string?> wanted, Dictionary<string, SettingOverride> existing)
    {
        var dropped = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in KeyedEndpoints.All)
        {
            if (!wanted.TryGetValue(pair.EndpointSetting, out var address)) continue;
            if (KeyedEndpoints.SameAddress(existing.GetValueOrDefault(pair.EndpointSetting)?.Value, address)) continue;
            if (wanted.TryGetValue(pair.KeySetting, out var newKey) && !string.IsNullOrEmpty(newKey)) continue;
            if (existing.TryGetValue(pair.KeySetting, out var stored) && (!stored.IsSecret || Open(stored)?.Value is not ""))
            {
                wanted[pair.KeySetting] = null;
                dropped.Add(pair.KeySetting);
            }
        }
        return dropped;
    }

    /// <summary>The address setting a secret will be bound to after this save: as staff store it, "" when the server's configuration gives it; null for a secret without an address.</summary>
    private static string? AddressAfterSave(string key, Dictionary<string, string?> wanted, Dictionary<string, SettingOverride> existing)
    {
        if (KeyedEndpoints.All.FirstOrDefault(p => string.Equals(p.KeySetting, key, StringComparison.OrdinalIgnoreCase)) is not { } pair) return null;
        return (wanted.TryGetValue(pair.EndpointSetting, out var address) ? address : existing.GetValueOrDefault(pair.EndpointSetting)?.Value)?.Trim() ?? "";
    }

    private BoundSecret? Open(SettingOverride stored)
    {
        if (stored.Value is null) return null;
        try { return BoundSecret.Unprotect(protector, stored.Value); }
        catch (Exception) { return null; } // unreadable (lost keys)
    }

    /// <summary>The latest changes, newest first.</summary>
    public async Task<IReadOnlyList<SettingChange>> RecentChangesAsync(int count, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.SettingChanges.AsNoTracking().OrderByDescending(c => c.ChangedUtc).ThenByDescending(c => c.Id).Take(count)
            .ToListAsync(ct).ConfigureAwait(false);
    }

    private bool Unchanged(SettingOverride? current, string? value, bool secret, string? boundTo)
    {
        if (current is null) return value is null;
        if (value is null) return false;
        if (current.IsSecret != secret) return false;
        if (!secret) return string.Equals(current.Value, value, StringComparison.Ordinal);
        // A secret is unchanged only if it is the same key for the same address (unreadable: a new value is a change).
        return Open(current) is { } stored && stored.Value == value && (boundTo is null ? stored.Endpoint is null : stored.Endpoint is not null && KeyedEndpoints.SameAddress(stored.Endpoint, boundTo));
    }
}

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
    /// <paramref name="secretKeys"/> are stored encrypted. Unchanged values are skipped; every other key gets one
    /// <see cref="SettingChange"/>. Returns the changes recorded.
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
            var keys = changes.Keys.ToList();
            var existing = await db.SettingOverrides.Where(s => keys.Contains(s.Key)).ToDictionaryAsync(s => s.Key, ct).ConfigureAwait(false);
            foreach (var (key, value) in changes.OrderBy(c => c.Key, StringComparer.Ordinal))
            {
                var secret = secretKeys.Contains(key);
                existing.TryGetValue(key, out var current);
                if (Unchanged(current, value, secret)) continue;

                // A value that was secret before is never copied into the record, even if it no longer is.
                var oldValue = current is { IsSecret: false } ? current.Value : null;
                if (value is null) db.SettingOverrides.Remove(current!);
                else
                {
                    if (current is null) db.SettingOverrides.Add(current = new SettingOverride { Key = key });
                    current.Value = secret ? protector.Protect(value) : value;
                    current.IsSecret = secret;
                    current.UpdatedUtc = now;
                    current.UpdatedBy = changedBy;
                }
                var change = secret
                    ? new SettingChange { Key = key, NewValue = string.IsNullOrEmpty(value) ? SecretRemoved : SecretReplaced }
                    : new SettingChange { Key = key, OldValue = oldValue, NewValue = value };
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

    /// <summary>The latest changes, newest first.</summary>
    public async Task<IReadOnlyList<SettingChange>> RecentChangesAsync(int count, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        return await db.SettingChanges.AsNoTracking().OrderByDescending(c => c.ChangedUtc).ThenByDescending(c => c.Id).Take(count)
            .ToListAsync(ct).ConfigureAwait(false);
    }

    private bool Unchanged(SettingOverride? current, string? value, bool secret)
    {
        if (current is null) return value is null;
        if (value is null) return false;
        if (current.IsSecret != secret) return false;
        if (!secret) return string.Equals(current.Value, value, StringComparison.Ordinal);
        try { return current.Value is not null && protector.Unprotect(current.Value) == value; }
        catch (Exception) { return false; } // unreadable (lost keys): a new value is a change
    }
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.ApiKeys;

/// <summary>Issues, finds and revokes API keys. A key is "sxk_" + a 12-letter prefix + "." + a random secret.</summary>
public sealed class ApiKeyStore(IDbContextFactory<StoryExhibitDb> contexts, IServiceProvider services, ILogger<ApiKeyStore> log)
{
    private const string Lead = "sxk_";
    private readonly TimeProvider _clock = services.GetService<TimeProvider>() ?? TimeProvider.System;

    public async Task<IssuedApiKey> IssueAsync(string name, string issuedBy, CancellationToken ct)
    {
        name = name.Trim();
        if (name.Length is 0 or > ApiKey.NameMax) throw new ArgumentException($"A key's name has 1 to {ApiKey.NameMax} letters.", nameof(name));
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(ApiKey.PrefixLength / 2));
        var secret = $"{Lead}{prefix}.{Base64Url(RandomNumberGenerator.GetBytes(32))}";
        var key = new ApiKey
        {
            Id = Guid.NewGuid(), Name = name, Prefix = prefix, Hash = HashOf(secret), CreatedBy = issuedBy, CreatedUtc = _clock.GetUtcNow().UtcDateTime,
        };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(ct);
        log.LogInformation("API key {KeyId} ({Prefix}) issued by {User}", key.Id, prefix, issuedBy);
        return new IssuedApiKey(key, secret);
    }

    /// <summary>The active key <paramref name="secret"/> is, or null.</summary>
    public async Task<ApiKey?> FindActiveAsync(string? secret, CancellationToken ct)
    {
        if (secret is null || !secret.StartsWith(Lead, StringComparison.Ordinal) || secret.Length < Lead.Length + ApiKey.PrefixLength + 2) return null;
        var prefix = secret.Substring(Lead.Length, ApiKey.PrefixLength);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var key = await db.ApiKeys.AsNoTracking().FirstOrDefaultAsync(k => k.Prefix == prefix && k.RevokedUtc == null, ct);
        if (key is null) return null;
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(secret)), Encoding.ASCII.GetBytes(key.Hash));
        return matches ? key : null;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.ApiKeys.AsNoTracking().OrderByDescending(k => k.CreatedUtc).ToListAsync(ct);
    }

    public async Task<bool> RevokeAsync(Guid id, string revokedBy, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = _clock.GetUtcNow().UtcDateTime;
        var revoked = await db.ApiKeys.Where(k => k.Id == id && k.RevokedUtc == null).ExecuteUpdateAsync(u => u.SetProperty(k => k.RevokedUtc, now), ct) == 1;
        if (revoked) log.LogInformation("API key {KeyId} revoked by {User}", id, revokedBy);
        return revoked;
    }

    internal static string HashOf(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;

namespace StoryExhibit.Core.Privacy;

/// <summary>What a consent screen asks for.</summary>
public static class ConsentPurposes
{
    public const string Camera = "camera";
    public const string Microphone = "microphone";
}

/// <summary>Stores visitors' answers on consent screens with the time and the policy version they were shown.</summary>
public sealed class ConsentLog(IDbContextFactory<StoryExhibitDb> contexts, IOptionsMonitor<PrivacyOptions> privacy, ILogger<ConsentLog> log, TimeProvider? clock = null)
{
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>The policy version shown on consent screens now (staff may change it without a restart).</summary>
    public string PolicyVersion => privacy.CurrentValue.PolicyVersion;

    public async Task<ConsentRecord> RecordAsync(string purpose, bool granted, CancellationToken ct)
    {
        var record = new ConsentRecord { Purpose = purpose, Granted = granted, PolicyVersion = PolicyVersion, RecordedUtc = _clock.GetUtcNow().UtcDateTime };
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Consents.Add(record);
        await db.SaveChangesAsync(ct);
        log.LogInformation("Consent for {Purpose} {Answer} under policy {PolicyVersion}", purpose, granted ? "given" : "declined", record.PolicyVersion);
        return record;
    }

    /// <summary>Ties a consent to the story it led to, so it is downloaded and deleted with the story's data.</summary>
    public async Task AttachAsync(long consentId, string sessionCode, CancellationToken ct)
    {
        if (SessionCodes.Normalize(sessionCode) is not { } code) throw new ArgumentException("Not a story code.", nameof(sessionCode));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId, ct);
        if (record is null) return;
        record.SessionCode = code;
        await db.SaveChangesAsync(ct);
    }
}

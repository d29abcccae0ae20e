using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Costs;

/// <summary>
/// Today's spend (UTC day) per service and in total, kept in memory: read from the ProviderCalls table at start,
/// raised as each call is recorded, and back to zero when the day turns. Budgets are read live, so a change on the
/// budgets page applies to the next call. Safe for concurrent use.
/// </summary>
public sealed class BudgetGuard
{
    private readonly IDbContextFactory<StoryExhibitDb> _contexts;
    private readonly IOptionsMonitor<CostOptions> _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<BudgetGuard> _log;
    private readonly Lock _gate = new();
    // Rows older than this came from an earlier run and are read from the database; later ones are counted as recorded.
    private readonly DateTime _countingSinceUtc;
    private readonly Dictionary<GeneratorService, decimal> _spent = [];
    private readonly Dictionary<GeneratorService, DateTimeOffset> _fallingBackSince = [];
    private DateOnly _day;

    public BudgetGuard(IDbContextFactory<StoryExhibitDb> contexts, IOptionsMonitor<CostOptions> options, ILogger<BudgetGuard> log, TimeProvider? clock = null)
    {
        _contexts = contexts;
        _options = options;
        _log = log;
        _clock = clock ?? TimeProvider.System;
        _countingSinceUtc = _clock.GetUtcNow().UtcDateTime;
        _day = DateOnly.FromDateTime(_countingSinceUtc);
    }

    /// <summary>Whether a paid provider may be called now for <paramref name="service"/>: false once the service's budget or the whole exhibit's is spent.</summary>
    public bool AllowsPaidCall(GeneratorService service)
    {
        var options = _options.CurrentValue;
        lock (_gate)
        {
            TurnDayIfNeeded();
            return Allows(service, options);
        }
    }

    /// <summary>Counts a recorded call towards today's spend (calls of another day are ignored).</summary>
    public void Add(ProviderCall call)
    {
        if (call.EstimatedCost <= 0) return;
        lock (_gate)
        {
            TurnDayIfNeeded();
            if (DateOnly.FromDateTime(call.OccurredUtc) != _day) return;
            _spent[call.Service] = _spent.GetValueOrDefault(call.Service) + call.EstimatedCost;
        }
    }

    /// <summary>
    /// Notes that <paramref name="service"/> used its offline provider because the budget is spent. Returns true the
    /// first time on a day (the caller logs a warning once per service per day).
    /// </summary>
    public bool NoteFallback(GeneratorService service)
    {
        lock (_gate)
        {
            TurnDayIfNeeded();
            return _fallingBackSince.TryAdd(service, _clock.GetUtcNow());
        }
    }

    /// <summary>Notes that a paid call was allowed again (e.g. the budget was raised): the service no longer falls back.</summary>
    public void NotePaidCall(GeneratorService service)
    {
        lock (_gate) _fallingBackSince.Remove(service);
    }

    public BudgetStatus Status()
    {
        var options = _options.CurrentValue;
        lock (_gate)
        {
            TurnDayIfNeeded();
            var services = Enum.GetValues<GeneratorService>().Select(s =>
            {
                var allows = Allows(s, options);
                if (allows) _fallingBackSince.Remove(s);
                return new ServiceBudgetStatus(s, _spent.GetValueOrDefault(s), options.ServiceBudgets.TryGetValue(s, out var b) ? b : null,
                    options.Currency, allows, _fallingBackSince.TryGetValue(s, out var since) ? since : null);
            }).ToList();
            return new BudgetStatus(_day, _spent.Values.Sum(), options.DailyBudget, options.Currency, services);
        }
    }

    /// <summary>Reads today's spend by earlier runs from the database (at start, and when the day turns).</summary>
    public async Task LoadAsync(CancellationToken ct)
    {
        DateOnly day;
        lock (_gate)
        {
            TurnDayIfNeeded();
            day = _day;
        }
        var from = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var to = new[] { from.AddDays(1), _countingSinceUtc }.Min();
        if (to <= from) return;

        await using var db = await _contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        // Summed here as decimal: in SQL the REAL column would be summed as doubles, with their rounding.
        var rows = await db.ProviderCalls.AsNoTracking()
            .Where(c => c.OccurredUtc >= from && c.OccurredUtc < to && c.EstimatedCost > 0)
            .Select(c => new { c.Service, c.EstimatedCost })
            .ToListAsync(ct).ConfigureAwait(false);
        lock (_gate)
        {
            if (_day != day) return; // the day turned while reading: that day's figures no longer matter
            foreach (var row in rows) _spent[row.Service] = _spent.GetValueOrDefault(row.Service) + row.EstimatedCost;
        }
        _log.LogInformation("Spend on {Day} before this start: {Spent} {Currency} in {Calls} paid calls", day, rows.Sum(r => r.EstimatedCost), _options.CurrentValue.Currency, rows.Count);
    }

    private bool Allows(GeneratorService service, CostOptions options)
    {
        var total = _spent.Values.Sum();
        if (total >= options.DailyBudget) return false;
        return !options.ServiceBudgets.TryGetValue(service, out var budget) || _spent.GetValueOrDefault(service) < budget;
    }

    private void TurnDayIfNeeded()
    {
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        if (today == _day) return;
        _day = today;
        _spent.Clear();
        _fallingBackSince.Clear();
        // The new day starts at zero: every call of it is made by this run and counted as it is recorded.
    }
}

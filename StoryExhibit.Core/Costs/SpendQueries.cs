using Microsoft.EntityFrameworkCore;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Costs;

/// <summary>Spend and calls of one service and provider over a period.</summary>
public sealed record ProviderSpend(GeneratorService Service, string Provider, int Calls, int Failures, decimal Cost);

/// <summary>Spend of one service on one UTC day.</summary>
public sealed record DailySpend(DateOnly Day, GeneratorService Service, decimal Cost);

/// <summary>
/// Spend from the ProviderCalls table for dashboards (today's live figures against the budgets come from
/// <see cref="BudgetGuard.Status"/>). Periods are UTC, from inclusive, to exclusive.
/// </summary>
public sealed class SpendQueries(IDbContextFactory<StoryExhibitDb> contexts)
{
    public async Task<IReadOnlyList<ProviderSpend>> ByProviderAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var rows = await RowsAsync(fromUtc, toUtc, ct).ConfigureAwait(false);
        return rows.GroupBy(r => (r.Service, r.Provider))
            .Select(g => new ProviderSpend(g.Key.Service, g.Key.Provider, g.Count(), g.Count(r => !r.Succeeded && !ProviderCall.IsStop(r.Error)), g.Sum(r => r.EstimatedCost)))
            .OrderBy(s => s.Service).ThenByDescending(s => s.Cost).ThenBy(s => s.Provider, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Each day and service with any spend, oldest first.</summary>
    public async Task<IReadOnlyList<DailySpend>> ByDayAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct)
    {
        var rows = await RowsAsync(fromUtc, toUtc, ct, paidOnly: true).ConfigureAwait(false);
        return rows.GroupBy(r => (Day: DateOnly.FromDateTime(r.OccurredUtc), r.Service))
            .Select(g => new DailySpend(g.Key.Day, g.Key.Service, g.Sum(r => r.EstimatedCost)))
            .OrderBy(d => d.Day).ThenBy(d => d.Service)
            .ToList();
    }

    // Grouped and summed here as decimal: in SQL the REAL column would be summed as doubles, with their rounding.
    private async Task<List<Row>> RowsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken ct, bool paidOnly = false)
    {
        await using var db = await contexts.CreateDbContextAsync(ct).ConfigureAwait(false);
        var calls = db.ProviderCalls.AsNoTracking().Where(c => c.OccurredUtc >= fromUtc && c.OccurredUtc < toUtc);
        if (paidOnly) calls = calls.Where(c => c.EstimatedCost > 0);
        return await calls.Select(c => new Row(c.OccurredUtc, c.Service, c.Provider, c.Succeeded, c.Error, c.EstimatedCost)).ToListAsync(ct).ConfigureAwait(false);
    }

    private sealed record Row(DateTime OccurredUtc, GeneratorService Service, string Provider, bool Succeeded, string? Error, decimal EstimatedCost);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Tests.Core.Costs;

/// <summary>The guard on a seeded set of ProviderCall rows in a real SQLite file, with a clock the tests move.</summary>
public sealed class BudgetGuardTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private CostsTestHost _host = null!;
    private readonly ManualClock _clock = new(Noon);
    private readonly ChangingCostOptions _options = new(new CostOptions
    {
        DailyBudget = 10m,
        ServiceBudgets = new() { [GeneratorService.Text] = 4m, [GeneratorService.Images] = 3m },
    });

    public async Task InitializeAsync() => _host = await CostsTestHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    private BudgetGuard NewGuard() => new(_host.Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>(), _options, NullLogger<BudgetGuard>.Instance, _clock);

    private async Task SeedAsync(params (GeneratorService Service, decimal Cost, DateTimeOffset At)[] rows)
    {
        await using var db = await _host.Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync();
        db.ProviderCalls.AddRange(rows.Select(r => new ProviderCall
        {
            Service = r.Service, Provider = "Paid", OccurredUtc = r.At.UtcDateTime, EstimatedCost = r.Cost, Succeeded = true, Units = 1, UnitKind = "pictures",
        }));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task Under_the_budgets_paid_calls_are_allowed()
    {
        await SeedAsync((GeneratorService.Text, 3.99m, Noon.AddHours(-2)), (GeneratorService.Images, 2.5m, Noon.AddHours(-1)));
        var guard = NewGuard();
        await guard.LoadAsync(default);

        Assert.True(guard.AllowsPaidCall(GeneratorService.Text));
        Assert.True(guard.AllowsPaidCall(GeneratorService.Images));
        var status = guard.Status();
        Assert.Equal(6.49m, status.Spent);
        Assert.Equal(3.99m, status.For(GeneratorService.Text).Spent);
        Assert.Equal(4m, status.For(GeneratorService.Text).Budget);
        Assert.Null(status.For(GeneratorService.Speech).Budget);
    }

    [Fact]
    public async Task At_a_services_budget_only_that_service_stops_paying()
    {
        await SeedAsync((GeneratorService.Text, 2m, Noon.AddHours(-3)), (GeneratorService.Text, 2m, Noon.AddHours(-1)));
        var guard = NewGuard();
        await guard.LoadAsync(default);

        Assert.False(guard.AllowsPaidCall(GeneratorService.Text));
        Assert.True(guard.AllowsPaidCall(GeneratorService.Images));
        Assert.True(guard.AllowsPaidCall(GeneratorService.Speech));
        Assert.False(guard.Status().For(GeneratorService.Text).AllowsPaidCalls);
    }

    [Fact]
    public async Task Over_the_whole_exhibits_budget_every_service_stops_paying_even_one_without_its_own_budget()
    {
        await SeedAsync((GeneratorService.Speech, 9m, Noon.AddHours(-3)), (GeneratorService.Text, 1.5m, Noon.AddHours(-1)));
        var guard = NewGuard();
        await guard.LoadAsync(default);

        Assert.All(Enum.GetValues<GeneratorService>(), s => Assert.False(guard.AllowsPaidCall(s)));
        Assert.True(guard.Status().Exhausted);
    }

    [Fact]
    public async Task Calls_of_other_days_do_not_count()
    {
        await SeedAsync((GeneratorService.Text, 50m, Noon.AddDays(-1)), (GeneratorService.Text, 50m, Noon.AddDays(1)));
        var guard = NewGuard();
        await guard.LoadAsync(default);

        Assert.True(guard.AllowsPaidCall(GeneratorService.Text));
        Assert.Equal(0m, guard.Status().Spent);
    }

    [Fact]
    public async Task Recorded_calls_count_at_once_and_the_day_turn_starts_from_zero()
    {
        var guard = NewGuard();
        await guard.LoadAsync(default);
        guard.Add(new ProviderCall { Service = GeneratorService.Images, OccurredUtc = Noon.UtcDateTime, EstimatedCost = 3m });
        Assert.False(guard.AllowsPaidCall(GeneratorService.Images));
        Assert.True(guard.NoteFallback(GeneratorService.Images));
        Assert.False(guard.NoteFallback(GeneratorService.Images)); // a warning once a day, not once a call
        Assert.Equal(Noon, guard.Status().For(GeneratorService.Images).FallingBackSince);

        _clock.Now = new DateTimeOffset(2026, 11, 21, 23, 59, 59, TimeSpan.Zero);
        Assert.False(guard.AllowsPaidCall(GeneratorService.Images));

        _clock.Now = new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);
        Assert.True(guard.AllowsPaidCall(GeneratorService.Images));
        var status = guard.Status();
        Assert.Equal(new DateOnly(2026, 11, 22), status.Day);
        Assert.Equal(0m, status.Spent);
        Assert.False(status.For(GeneratorService.Images).FallingBack);
        Assert.True(guard.NoteFallback(GeneratorService.Images)); // a new day, a new warning

        // A call that started before midnight and is recorded after it belongs to yesterday.
        guard.Add(new ProviderCall { Service = GeneratorService.Images, OccurredUtc = Noon.UtcDateTime, EstimatedCost = 3m });
        Assert.Equal(0m, guard.Status().Spent);
    }

    [Fact]
    public async Task A_raised_budget_applies_to_the_next_call_and_ends_the_fallback()
    {
        await SeedAsync((GeneratorService.Images, 3m, Noon.AddHours(-1)));
        var guard = NewGuard();
        await guard.LoadAsync(default);
        Assert.False(guard.AllowsPaidCall(GeneratorService.Images));
        guard.NoteFallback(GeneratorService.Images);

        _options.CurrentValue = new CostOptions { DailyBudget = 10m, ServiceBudgets = new() { [GeneratorService.Images] = 5m } };

        Assert.True(guard.AllowsPaidCall(GeneratorService.Images));
        var images = guard.Status().For(GeneratorService.Images);
        Assert.True(images.AllowsPaidCalls);
        Assert.Null(images.FallingBackSince);
    }

    [Fact]
    public async Task A_zero_daily_budget_allows_no_paid_call()
    {
        _options.CurrentValue = new CostOptions { DailyBudget = 0m };
        var guard = NewGuard();
        await guard.LoadAsync(default);
        Assert.False(guard.AllowsPaidCall(GeneratorService.Text));
    }
}

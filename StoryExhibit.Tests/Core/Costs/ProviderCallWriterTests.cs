using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Tests.Core.Costs;

public sealed class ProviderCallWriterTests
{
    private static ProviderCall Call(int i, decimal cost = 0.001m) => new()
    {
        Service = GeneratorService.Speech, Provider = "OpenAI", LatencyMs = i, Succeeded = true, Units = 40, UnitKind = "characters", EstimatedCost = cost,
    };

    [Fact]
    public async Task Recorded_calls_appear_in_the_database()
    {
        await using var host = await CostsTestHost.StartAsync();
        host.Calls.Record(Call(1, 0.25m));
        host.Calls.Record(Call(2));

        var stored = await host.WaitForStoredCallsAsync(2);
        Assert.Equal(2, stored.Count);
        Assert.Equal(0.25m, stored[0].EstimatedCost);
        Assert.Equal("OpenAI", stored[0].Provider);
        Assert.Equal(GeneratorService.Speech, stored[0].Service);
        Assert.Equal(0.251m, host.Guard.Status().For(GeneratorService.Speech).Spent);
    }

    [Fact]
    public async Task Shutdown_stores_everything_queued_and_later_calls_are_refused_quietly()
    {
        await using var host = await CostsTestHost.StartAsync();
        for (var i = 0; i < 3000; i++) host.Calls.Record(Call(i));

        await host.StopAsync();

        Assert.Equal(3000, (await host.StoredCallsAsync()).Count);
        host.Calls.Record(Call(9999)); // after shutdown: counted as dropped, never thrown
        Assert.Equal(1, host.Calls.Dropped);
    }

    [Fact]
    public async Task The_writer_is_the_last_hosted_service_to_stop()
    {
        await using var host = await CostsTestHost.StartAsync();
        // The batch writers come first, so they stop after every service that records.
        var hosted = host.Services.GetServices<IHostedService>().ToList();
        var writers = hosted.TakeWhile(h => h.GetType().BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(BatchWriter<>)).ToList();
        Assert.Contains(writers, w => w is ProviderCallWriter);
        Assert.True(writers.Count >= 2, "The events' writer should also be among the first.");
    }

    [Fact]
    public async Task A_database_error_is_logged_and_the_writer_keeps_going()
    {
        await using var host = await CostsTestHost.StartAsync();
        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE ProviderCalls RENAME TO ProviderCallsAway");

        host.Calls.Record(Call(1)); // cannot be stored: logged, and the caller is not affected
        await Task.Delay(500);

        await using (var db = await host.Services.GetRequiredService<IDbContextFactory<StoryExhibitDb>>().CreateDbContextAsync())
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE ProviderCallsAway RENAME TO ProviderCalls");
        host.Calls.Record(Call(2));

        var stored = await host.WaitForStoredCallsAsync(1);
        Assert.Equal([2.0], stored.Select(c => c.LatencyMs));
        Assert.Equal(0.002m, host.Guard.Status().For(GeneratorService.Speech).Spent); // both still count towards the budget
    }
}

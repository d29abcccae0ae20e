using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Costs;
using StoryExhibit.Core.Exhibit;
using StoryExhibit.Core.Persistence;

namespace StoryExhibit.Core.Analytics;

public static class AnalyticsServices
{
    /// <summary>Event recording (batched in the background), the abandoned-story sweep, feedback with its scoring, and the dashboard's queries.</summary>
    public static IServiceCollection AddAnalytics(this IServiceCollection services, IConfiguration configuration)
    {
        // The feedback switch and the budgets are read here; their own capabilities may bind them too (binding twice is harmless).
        services.AddOptions<AnalyticsOptions>().Bind(configuration.GetSection(AnalyticsOptions.Section))
            .Validate(o => o.AbandonAfter > TimeSpan.Zero && o.SweepEvery > TimeSpan.Zero, $"{AnalyticsOptions.Section}:AbandonAfter and SweepEvery must be positive times, e.g. 00:30:00.")
            .Validate(o => o.BatchSize > 0 && o.QueueCapacity > 0, $"{AnalyticsOptions.Section}:BatchSize and QueueCapacity must be positive.")
            .ValidateOnStart();
        services.AddSingleton<EventRecorder>();
        services.AddBatchWriter<EventWriter>();
        services.AddSingleton<AbandonedStorySweep>();
        services.AddHostedService(sp => sp.GetRequiredService<AbandonedStorySweep>());
        services.AddSingleton<FeedbackService>();
        services.AddSingleton<FeedbackScorer>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedbackScorer>());
        services.AddSingleton<ExhibitAnalytics>();
        return services;
    }
}

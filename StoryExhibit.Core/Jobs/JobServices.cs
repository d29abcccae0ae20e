using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace StoryExhibit.Core.Jobs;

public static class JobServices
{
    /// <summary>
    /// Registers the job system: <see cref="JobOptions"/>, the stored jobs, the runner that queues each registered
    /// <see cref="JobKind"/> with its concurrency (a hosted service, started after the database is migrated), the
    /// clean-up of old jobs and <see cref="IJobs"/>.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfigurationSection section)
    {
        const string s = JobOptions.Section;
        services.AddOptions<JobOptions>().Bind(section)
            .Validate(o => o.MaxPerOwner is >= 1 and <= 100, $"{s}:MaxPerOwner must be between 1 and 100.")
            .Validate(o => o.KeepFor >= TimeSpan.FromMinutes(1), $"{s}:KeepFor must be at least a minute, e.g. \"7.00:00:00\".")
            .Validate(o => o.CleanUpEvery >= TimeSpan.FromSeconds(1), $"{s}:CleanUpEvery must be at least a second, e.g. \"01:00:00\".")
            .Validate(o => !string.IsNullOrWhiteSpace(o.Folder), $"{s}:Folder must name a folder, e.g. \"jobs\".")
            .ValidateOnStart();
        services.AddSingleton<JobRecords>();
        services.AddSingleton<JobWatchers>();
        services.AddSingleton<JobRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        services.AddSingleton<JobSystem>();
        services.AddSingleton<IJobs>(sp => sp.GetRequiredService<JobSystem>());
        services.AddSingleton<JobRetention>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRetention>());
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StoryExhibit.Core.Exhibit;

namespace StoryExhibit.Core.Privacy;

public static class PrivacyServices
{
    /// <summary>Consent records, a visitor's data download and deletion, and the retention sweep (hourly).</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>().Bind(configuration.GetSection(PrivacyOptions.Section))
            .Validate(o => o.RetentionDays is >= 1 and <= PrivacyOptions.MaxRetentionDays,
                $"{PrivacyOptions.Section}:RetentionDays must be between 1 and {PrivacyOptions.MaxRetentionDays} days.")
            .Validate(o => !string.IsNullOrWhiteSpace(o.PolicyVersion) && o.PolicyVersion.Length <= PrivacyOptions.MaxPolicyVersionLength,
                $"{PrivacyOptions.Section}:PolicyVersion must be a short name of 1 to {PrivacyOptions.MaxPolicyVersionLength} characters, such as 2026-11.")
            .ValidateOnStart();
        services.AddSingleton<ConsentLog>();
        services.AddSingleton<VisitorDataReader>();
        services.AddSingleton<VisitorDataEraser>();
        services.AddSingleton<OrphanFiles>();
        services.AddSingleton<RetentionSweeper>();
        services.AddSingleton<WrongCodeLimiter>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}

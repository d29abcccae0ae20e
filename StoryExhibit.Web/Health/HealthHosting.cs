using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StoryExhibit.Core.Generation.Probes;

namespace StoryExhibit.Web.Health;

/// <summary>
/// <c>/health</c>: liveness, healthy whenever the process answers. <c>/health/ready</c>: the database and the provider
/// of each generator (checks tagged "ready"). Both in the ASP.NET Core health-check JSON format; both open to anyone,
/// since load balancers must reach them, but only signed-in staff see what each check found (provider addresses,
/// error text): see <see cref="HealthJson"/>. GET and HEAD only.
/// </summary>
public static class HealthHosting
{
    public const string ReadyTag = "ready";

    public static IServiceCollection AddExhibitHealth(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new ProviderProbe(sp.GetRequiredService<ILogger<ProviderProbe>>()));
        services.AddSingleton<ProviderReachability>();
        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database", tags: [ReadyTag])
            .AddCheck<TextProviderHealthCheck>("text", tags: [ReadyTag, "provider"])
            .AddCheck<ImageProviderHealthCheck>("images", tags: [ReadyTag, "provider"])
            .AddCheck<SpeechProviderHealthCheck>("speech", tags: [ReadyTag, "provider"])
            .AddCheck<ResearchHealthCheck>("research", tags: [ReadyTag]);
        return services;
    }

    public static WebApplication MapExhibitHealth(this WebApplication app)
    {
        var readOnly = new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]);
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJson.WriteAsync }).WithMetadata(readOnly);
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = HealthJson.WriteAsync }).WithMetadata(readOnly);
        return app;
    }
}

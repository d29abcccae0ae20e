using Microsoft.Extensions.DependencyInjection;

namespace StoryExhibit.Core.Jobs;

/// <summary>A kind of job the system knows: its name, its input type, its handler and how many may run at once.</summary>
public sealed record JobKind(string Name, Type InputType, Type HandlerType, int MaxConcurrency);

public static class JobRegistration
{
    /// <summary>Registers a kind of job: each capability calls this for its own handler.</summary>
    public static IServiceCollection AddJobKind<TInput, THandler>(this IServiceCollection services, string kind, int maxConcurrency = 1)
        where TInput : class where THandler : class, IJobHandler<TInput>
    {
        services.AddSingleton<THandler>();
        services.AddSingleton<IJobHandler<TInput>>(sp => sp.GetRequiredService<THandler>());
        services.AddSingleton(new JobKind(kind, typeof(TInput), typeof(THandler), maxConcurrency));
        return services;
    }
}

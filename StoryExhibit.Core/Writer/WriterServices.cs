using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Core.Writer;

public static class WriterServices
{
    /// <summary>The long-form writer and its job kind.</summary>
    public static IServiceCollection AddWriter(this IServiceCollection services)
    {
        services.AddSingleton<StoryWriter>();
        services.AddJobKind<WriterJobInput, WriterJobHandler>(JobKinds.Writer, maxConcurrency: 1);
        return services;
    }
}

using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StoryExhibit.Core;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Web.Hosting;

namespace StoryExhibit.Tests.Components;

internal static class TestServices
{
    /// <summary>The real story services on a throwaway database, as the story components expect them.</summary>
    public static IServiceCollection AddStorySessionForTests(this IServiceCollection services)
    {
        var database = Path.Combine(TemporaryFiles.NewFolder("bunit").FullName, "stories.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:StoryExhibit"] = $"Data Source={database}" })
            .Build();
        services.AddLogging();
        services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider()); // the kiosk cookie's protector
        services.AddStoryExhibitCore(configuration);
        services.AddVisitorSessions();
        return services;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using StoryExhibit.Core;
using StoryExhibit.Core.Generation.Speech;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Settings;
using StoryExhibit.Web.Settings;

namespace StoryExhibit.Tests.Web.Settings;

/// <summary>
/// The app's services without a web server: core services plus <see cref="SettingsHosting.AddExhibitSettings"/>,
/// on a database file in its own temp folder, started (so the database is migrated) like the real app.
/// </summary>
public sealed class SettingsHost : IAsyncDisposable
{
    private SettingsHost(IHost host, string folder)
    {
        Host = host;
        Folder = folder;
    }

    public IHost Host { get; }
    public string Folder { get; }
    public string DatabasePath => Path.Combine(Folder, "stories.db");
    public IServiceProvider Services => Host.Services;
    public SettingsStore Store => Services.GetRequiredService<SettingsStore>();
    public IOptionsMonitor<SpeechOptions> Speech => Services.GetRequiredService<IOptionsMonitor<SpeechOptions>>();
    public IConfiguration Configuration => Services.GetRequiredService<IConfiguration>();

    /// <param name="settings">appsettings-like values (e.g. "Generation:Speech:Voice").</param>
    /// <param name="folder">Reuse a folder (and its database and keys), as a restarted app would.</param>
    public static async Task<SettingsHost> StartAsync(IDictionary<string, string?>? settings = null, string? folder = null, bool start = true)
    {
        folder ??= TemporaryFiles.NewFolder("settings").FullName;
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var values = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["ConnectionStrings:StoryExhibit"] = $"Data Source={Path.Combine(folder, "stories.db")}",
        };
        builder.Configuration.AddInMemoryCollection(values);
        builder.Services.AddLogging();
        builder.Services.AddStoryExhibitCore(builder.Configuration);
        builder.AddExhibitSettings();
        var host = builder.Build();
        if (start) await host.StartAsync();
        return new SettingsHost(host, folder);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
    }

    public static void DeleteFolder(string folder)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace StoryExhibit.Tests.Infrastructure;

/// <summary>
/// The whole app in the test process, as it runs in production, on a database of its own in a temporary folder; its
/// client does not follow redirects unless <see cref="FollowsRedirects"/>. A class fixture for tests of the app's HTTP endpoints.
/// </summary>
public class InProcessApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyexhibit-app-").FullName;
    public HttpClient Client { get; private set; } = null!;

    /// <summary>Whether <see cref="Client"/> follows redirects, as a browser does.</summary>
    protected virtual bool FollowsRedirects => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("ConnectionStrings:StoryExhibit", $"Data Source={Path.Combine(_folder, "stories.db")}");
    }

    public Task InitializeAsync()
    {
        Client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = FollowsRedirects });
        return Task.CompletedTask;
    }

    // The app is stopped (its background workers too) and its database let go before its folder is deleted.
    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

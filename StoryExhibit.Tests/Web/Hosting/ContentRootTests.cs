using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration.Json;
using StoryExhibit.Tests.Infrastructure;
using StoryExhibit.Web.Hosting;

namespace StoryExhibit.Tests.Web.Hosting;

/// <summary>
/// The app's content root is its own folder, so a published app started from any working directory serves its static
/// files (they came back empty before); the exhibit's settings file next to the app is read once, and watched.
/// </summary>
public sealed class ContentRootTests
{
    [Fact]
    public async Task The_app_started_in_its_data_folder_has_its_own_folder_as_content_root_and_serves_its_files()
    {
        await using var server = new AppServer();
        await server.StartAsync();
        using var http = new HttpClient { BaseAddress = server.BaseUrl };

        Assert.Contains($"Content root path: {Path.TrimEndingDirectorySeparator(AppServer.WebAppFolder)}", server.Output, StringComparison.Ordinal);
        Assert.NotEqual(Path.GetFullPath(server.DataFolder), Path.GetFullPath(AppServer.WebAppFolder));
        Assert.Contains(".prose", await http.GetStringAsync("/app.css"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_root_given_on_the_command_line_wins()
    {
        var elsewhere = Directory.CreateTempSubdirectory("content-root-").FullName;
        try
        {
            var builder = WebApplication.CreateBuilder(ExhibitHosting.HostOptions(["--contentRoot", elsewhere]));
            Assert.Equal(Path.TrimEndingDirectorySeparator(elsewhere), Path.TrimEndingDirectorySeparator(builder.Environment.ContentRootPath));
        }
        finally { Directory.Delete(elsewhere, recursive: true); }
    }

    [Fact]
    public void The_exhibit_settings_file_is_read_once_and_watched()
    {
        var builder = WebApplication.CreateBuilder(ExhibitHosting.HostOptions([]));
        builder.AddExhibitSettingsFile();

        var readings = builder.Configuration.Sources.OfType<JsonConfigurationSource>().Where(s => s.Path == "appsettings.json").ToList();
        var reading = Assert.Single(readings);
        Assert.True(reading.ReloadOnChange);
        Assert.Same(reading, builder.Configuration.Sources[0]); // environment variables and the command line still override it
    }
}

using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using MudBlazor;
using MudBlazor.Services;
using StoryExhibit.Core;
using StoryExhibit.Web.Api;
using StoryExhibit.Web.Auth;
using StoryExhibit.Web.Analytics;
using StoryExhibit.Web.Ask;
using StoryExhibit.Web.Canvases;
using StoryExhibit.Web.Components;
using StoryExhibit.Web.Health;
using StoryExhibit.Web.Exhibit;
using StoryExhibit.Web.Exports;
using StoryExhibit.Web.Illustrations;
using StoryExhibit.Web.Kiosk;
using StoryExhibit.Web.Music;
using StoryExhibit.Web.Narration;
using StoryExhibit.Web.Privacy;
using StoryExhibit.Web.Security;
using StoryExhibit.Web.Settings;
using StoryExhibit.Web.SpeechInput;
using StoryExhibit.Web.Songs;
using StoryExhibit.Web.Stories;

namespace StoryExhibit.Web.Hosting;

/// <summary>The app's composition, one call per capability, so Program.cs stays a table of contents.</summary>
public static class ExhibitHosting
{
    /// <summary>
    /// The host's options: its default appsettings files in the content root are not watched for changes. The exhibit's
    /// file (next to the app, <see cref="AddExhibitSettingsFile"/>) is the one that reloads; a watch on a content root
    /// above the data folder (the working directory, as it was) woke the app at every database write and narration
    /// file, and every scene's narration folder took one more of the system's inotify watches.
    /// </summary>
    /// <remarks>
    /// The content root is the app's own folder unless one is given (<c>--contentRoot</c>, or ASPNETCORE_CONTENTROOT): a
    /// published app then finds its static files from any working directory (it served them empty when started elsewhere).
    /// The data folder stays where the connection string puts it, relative to the working directory.
    /// </remarks>
    public static WebApplicationOptions HostOptions(string[] args) => new()
    {
        Args = [.. args, "--hostBuilder:reloadConfigOnChange=false"],
        ContentRootPath = GivesContentRoot(args) ? null : AppContext.BaseDirectory,
    };

    private static bool GivesContentRoot(string[] args)
        => args.Any(a => a.TrimStart('-', '/').StartsWith("contentRoot", StringComparison.OrdinalIgnoreCase))
           || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_CONTENTROOT"))
           || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_CONTENTROOT"));

    /// <summary>
    /// The exhibit's one configuration file sits at the top of the repository and is copied next to the
    /// app. It is read first, so environment variables and the command line still override it.
    /// </summary>
    public static void AddExhibitSettingsFile(this WebApplicationBuilder builder)
    {
        var sources = builder.Configuration.Sources;
        // With the app's folder as the content root, the host's own unwatched reading of this same file would hide its reloads.
        if (Path.TrimEndingDirectorySeparator(builder.Environment.ContentRootPath) == Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory))
            foreach (var copy in sources.OfType<JsonConfigurationSource>().Where(s => s.Path == "appsettings.json").ToList()) sources.Remove(copy);
        sources.Insert(0, new JsonConfigurationSource
        {
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
            Path = "appsettings.json",
            Optional = false,
            ReloadOnChange = true,
        });
    }

    public static void AddStoryExhibit(this WebApplicationBuilder builder)
    {
        builder.WebHost.UseStaticWebAssets();
        builder.Services.AddSecurityHeaders();
        builder.Services.AddStoryExhibitCore(builder.Configuration);
        builder.AddExhibitSettings();
        builder.Services.AddSettingsPages();
        builder.Services.AddMusicPages();
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = CircuitLimits.MaxReceiveBytes);
        builder.Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomCenter;
            options.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        builder.Services.AddVisitorSessions();
        builder.Services.AddStaffSignIn(builder.Configuration);
        builder.Services.AddExhibitHealth();
        builder.Services.AddSongsWeb();
        builder.Services.AddStudioApi(builder.Configuration);
    }

    /// <summary>The view models of a visitor's circuit: the story page's state and its narration, and who the visitor is.</summary>
    public static IServiceCollection AddVisitorSessions(this IServiceCollection services)
        => services.AddScoped<StorySession>().AddScoped<NarrationSession>().AddScoped<Profiles.ActiveProfile>().AddVisitorIdentity()
            .AddSpeechInputUploads();

    public static void UseStoryExhibit(this WebApplication app)
    {
        app.UseSecurityHeaders();
        app.UseHeadAsGet();
        // The API answers every error with a problem body; people get the exhibit's pages.
        app.UseWhen(ApiHosting.IsApiRequest, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(context => !ApiHosting.IsApiRequest(context), pages =>
        {
            if (!app.Environment.IsDevelopment()) pages.UseExceptionHandler("/error", createScopeForErrors: true);
            pages.UseStatusCodePagesWithReExecute("/not-found");
            pages.UseStatusCodePagesForGetOnly();
        });
        app.UseRouting(); // after UseHeadAsGet, so a HEAD finds the page its GET would
        app.UseStaffSignIn();
        app.UseVisitorCookie();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapFavicon();
        app.MapExhibitHealth();
        app.MapLiveScenes();
        app.MapNarration();
        app.MapMusic();
        app.MapIllustrations();
        app.MapAsk();
        app.MapSongs();
        app.MapCanvases();
        app.MapPrivacy();
        app.MapExports();
        app.MapSpeechInput();
        app.MapKiosk();
        app.MapStudioApi();
        app.MapAnalytics().RequireAuthorization(StaffPolicies.Staff);
        // Uncompressed circuit messages: the exhibit's screens sit on the venue's network, where deflating every render
        // batch and acknowledgement costs the server more than the bytes it saves.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(server => server.DisableWebSocketCompression = true);
    }
}

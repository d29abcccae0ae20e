namespace StoryExhibit.Web.Hosting;

/// <summary>
/// Browsers ask for /favicon.ico whatever the page links; the exhibit's icon is an SVG (wwwroot/favicon.svg), so the
/// old address points there instead of answering 404 on every page.
/// </summary>
public static class FaviconEndpoint
{
    public const string IconPath = "/favicon.svg";

    public static void MapFavicon(this WebApplication app)
        => app.MapGet("/favicon.ico", () => Results.Redirect(IconPath, permanent: true)).ExcludeFromDescription();
}

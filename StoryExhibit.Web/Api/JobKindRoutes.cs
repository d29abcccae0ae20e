using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Web.Api;

/// <summary>Where each kind of job is started: POST /api/ + its route. A kind not named here starts at /api/ + its name.</summary>
public static class JobKindRoutes
{
    private static readonly Dictionary<string, string> Routes = new()
    {
        [JobKinds.Writer] = "writer",
        [JobKinds.Illustrator] = "illustrator",
        [JobKinds.Video] = "video",
        [JobKinds.Snippet] = "video/snippet",
        [JobKinds.Pdf] = "exports/pdf",
        [JobKinds.Epub] = "exports/epub",
        [JobKinds.Html] = "exports/html",
    };

    public static string RouteOf(string kind) => "/api/" + Routes.GetValueOrDefault(kind, kind);
}

using Microsoft.AspNetCore.Antiforgery;
using StoryExhibit.Web.Auth;

namespace StoryExhibit.Web.Kiosk;

public static class KioskEndpoints
{
    /// <summary>Where the staff form posts to mark or unmark the browser it is in as a kiosk.</summary>
    public const string ThisScreenPath = "/staff/kiosk/this-screen";

    /// <summary>
    /// <c>POST /staff/kiosk/this-screen</c> with <c>kiosk=on</c> or <c>kiosk=off</c>: staff only (a visitor can turn the
    /// kiosk neither on nor off), with the form's antiforgery token.
    /// </summary>
    public static void MapKiosk(this IEndpointRouteBuilder app)
        => app.MapPost(ThisScreenPath, SwitchThisScreenAsync).RequireAuthorization(StaffPolicies.Staff).DisableAntiforgery();

    private static async Task<IResult> SwitchThisScreenAsync(HttpContext context, IAntiforgery antiforgery, KioskDevice device, ILogger<KioskDevice> log)
    {
        // The token is checked here rather than by the middleware so an expired form gets a message, not a bare 400.
        if (!await antiforgery.IsRequestValidAsync(context)) return Results.BadRequest("The form has expired: reload the page and try again.");
        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var on = form["kiosk"] == "on";
        if (on) device.MarkAsKiosk(context.Response, context.Request.IsHttps);
        else KioskDevice.Unmark(context.Response);
        log.LogInformation("{UserName} turned kiosk mode {State} for one screen", context.User.Identity?.Name, on ? "on" : "off");
        return Results.Redirect("/settings/visitors?kiosk=" + (on ? "on" : "off"));
    }
}

public static class KioskHosting
{
    public static IServiceCollection AddKiosk(this IServiceCollection services)
        => services.AddSingleton<KioskDevice>().AddScoped<KioskMode>();
}

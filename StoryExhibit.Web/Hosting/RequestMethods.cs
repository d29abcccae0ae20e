using Microsoft.AspNetCore.Diagnostics;

namespace StoryExhibit.Web.Hosting;

/// <summary>Each request method gets the answer it asks for, from pages and endpoints alike.</summary>
public static class RequestMethods
{
    /// <summary>
    /// Before routing: a <c>HEAD</c> request is routed as the <c>GET</c> it stands for, so pages answer it as they answer
    /// <c>GET</c> (monitors and link checkers use it) rather than 404. Kestrel still knows the request came as HEAD and
    /// sends only the headers; the body stream is replaced as well, for any other server.
    /// </summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            context.Request.Method = HttpMethods.Get;
            context.Response.Body = Stream.Null;
        }
        return next(context);
    });

    /// <summary>
    /// Right after the status-code pages: only a GET gets the friendly "not found" page. Any other method keeps its
    /// bare status (a POST to <c>/health</c> is 405), rather than being re-executed as a form post to that page.
    /// </summary>
    public static IApplicationBuilder UseStatusCodePagesForGetOnly(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (!HttpMethods.IsGet(context.Request.Method) && context.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
        return next(context);
    });
}

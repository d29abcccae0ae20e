using Microsoft.AspNetCore.Authorization;
using StoryExhibit.Core.Jobs;
using StoryExhibit.Core.Persistence;
using StoryExhibit.Core.Stories;
using StoryExhibit.Web.Auth;
using StoryExhibit.Web.Exhibit;

namespace StoryExhibit.Web.Api;

/// <summary>
/// <c>/jobs/{id}/files/{name}</c>: a job's file for people. Staff may download any; a visitor the jobs their browser
/// started, or those of a story whose code they give (<c>?code=</c>), as the story itself is reached by its code.
/// </summary>
public static class JobFileEndpoints
{
    public static WebApplication MapJobFiles(this WebApplication app)
    {
        app.MapGet("/jobs/{id:guid}/files/{name}", DownloadAsync).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> DownloadAsync(Guid id, string name, string? code, HttpContext context, JobSystem jobs, StoryStore stories, CancellationToken ct)
    {
        if (await jobs.FindAsync(id, ct) is not { } job || !await MayDownloadAsync(job, code, context, jobs, stories, ct)) return Results.NotFound();
        return JobFileResults.File(job, name, await jobs.FilePathAsync(id, name, ct)) ?? Results.NotFound();
    }

    private static async Task<bool> MayDownloadAsync(JobSnapshot job, string? code, HttpContext context, JobSystem jobs, StoryStore stories, CancellationToken ct)
    {
        var authorization = context.RequestServices.GetRequiredService<IAuthorizationService>();
        if ((await authorization.AuthorizeAsync(context.User, StaffPolicies.Staff)).Succeeded) return true;
        if (await jobs.OwnerAsync(job.Id, ct) == JobOwner.Visitor(VisitorIdentity.KeyOf(context))) return true;
        return job.StoryId is { } storyId && SessionCodes.Normalize(code) is { } normalized
            && await stories.FindByCodeAsync(normalized, ct) is { } story && story.Id == storyId;
    }
}

using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Web.Api;

/// <summary>
/// The studio's HTTP API for integrations: start any registered kind of job, follow it (status, server-sent events),
/// download its files, cancel it, list one's own jobs. A key sees only the jobs it started; others' are "not found".
/// </summary>
public static class JobApiEndpoints
{
    public static RouteGroupBuilder MapJobApi(this RouteGroupBuilder api, IEnumerable<JobKind> kinds)
    {
        foreach (var kind in kinds) MapStart(api, kind);

        var jobs = api.MapGroup("/jobs").WithTags("Jobs");
        jobs.MapGet("/", ListAsync).WithName("ListJobs").WithSummary("Your key's jobs, newest first.");
        jobs.MapGet("/{id:guid}", GetAsync).WithName("GetJob").WithSummary("A job now: state, progress, files, error.")
            .ProducesProblem(404);
        jobs.MapGet("/{id:guid}/events", EventsAsync).WithName("JobEvents")
            .WithSummary("Server-sent events: the job now, then each change until it has finished (event \"job\", data a JobSnapshot).")
            .Produces<JobSnapshot>(200, "text/event-stream").ProducesProblem(404);
        jobs.MapGet("/{id:guid}/files/{name}", FileAsync).WithName("JobFile").WithSummary("Downloads one of a finished job's files.")
            .Produces(200, contentType: "application/octet-stream").ProducesProblem(404);
        jobs.MapDelete("/{id:guid}", CancelAsync).WithName("CancelJob").WithSummary("Cancels a queued or running job; its work stops.")
            .ProducesProblem(404).ProducesProblem(409);
        return api;
    }

    private static void MapStart(RouteGroupBuilder api, JobKind kind)
    {
        api.MapPost(JobKindRoutes.RouteOf(kind.Name)["/api".Length..], (HttpContext context, JobSystem jobs, CancellationToken ct) => StartAsync(kind, context, jobs, ct))
            .WithName("Start-" + kind.Name).WithTags("Start a job")
            .WithSummary($"Queues a {kind.Name} job; answers 202 with the job and its address.")
            .Accepts(kind.InputType, "application/json")
            .Produces<JobSnapshot>(202).ProducesValidationProblem().ProducesProblem(429);
    }

    /// <summary>A missing part of an input, or a null where the input has no room for one, is a 400, not a handler's crash.</summary>
    private static readonly JsonSerializerOptions InputJson = new(JsonSerializerOptions.Web)
    {
        RespectNullableAnnotations = true, RespectRequiredConstructorParameters = true,
    };

    private static async Task<IResult> StartAsync(JobKind kind, HttpContext context, JobSystem jobs, CancellationToken ct)
    {
        object? input;
        try { input = await JsonSerializer.DeserializeAsync(context.Request.Body, kind.InputType, InputJson, ct); }
        catch (JsonException ex)
        {
            return Invalid("body", $"The body is not a {kind.Name} job's input in JSON: {Reason(ex)}.");
        }
        if (input is null) return Invalid("body", $"Send a {kind.Name} job's input as a JSON object.");
        try
        {
            var job = await jobs.StartAsync(kind.Name, input, ApiKeyAuthentication.OwnerOf(context.User), null, ct);
            return TypedResults.Accepted($"/api/jobs/{job.Id}", job);
        }
        catch (JobInputException ex) { return Invalid(kind.InputType.Name, ex.Message); }
        catch (JobLimitException ex) { return TypedResults.Problem(statusCode: 429, title: "Too many jobs under way", detail: ex.Message); }
    }

    /// <summary>What is wrong with the JSON, in the words of its fields and positions: the serializer's own message names .NET types.</summary>
    private static string Reason(JsonException ex)
    {
        const string missing = "missing required properties including: ";
        if (ex.Message.IndexOf(missing, StringComparison.Ordinal) is var at and >= 0)
            return "it lacks " + ex.Message[(at + missing.Length)..].TrimEnd('.', ' ');
        var where = ex.LineNumber is { } line ? $" (line {line + 1}, position {ex.BytePositionInLine + 1})" : "";
        return ex.Path is { Length: > 1 } path ? $"the value of {path}{where} is not one it takes" : $"it is not well-formed JSON{where}";
    }

    private static ProblemHttpResult Invalid(string field, string message)
        => TypedResults.Problem(statusCode: 400, title: "The request is not valid", detail: message,
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [message] } });

    private static async Task<Ok<IReadOnlyList<JobSnapshot>>> ListAsync(HttpContext context, JobSystem jobs, CancellationToken ct, int max = 50)
        => TypedResults.Ok(await jobs.ListAsync(ApiKeyAuthentication.OwnerOf(context.User), null, Math.Clamp(max, 1, 200), ct));

    private static async Task<IResult> GetAsync(Guid id, HttpContext context, JobSystem jobs, CancellationToken ct)
        => await OwnsAsync(id, context, jobs, ct) && await jobs.FindAsync(id, ct) is { } job ? TypedResults.Ok(job) : NotFound();

    private static async Task<IResult> EventsAsync(Guid id, HttpContext context, JobSystem jobs, CancellationToken ct)
        => await OwnsAsync(id, context, jobs, ct) ? TypedResults.ServerSentEvents(jobs.WatchAsync(id, ct), "job") : NotFound();

    private static async Task<IResult> FileAsync(Guid id, string name, HttpContext context, JobSystem jobs, CancellationToken ct)
    {
        if (!await OwnsAsync(id, context, jobs, ct) || await jobs.FindAsync(id, ct) is not { } job) return NotFound();
        return JobFileResults.File(job, name, await jobs.FilePathAsync(id, name, ct)) ?? NotFound();
    }

    private static async Task<IResult> CancelAsync(Guid id, HttpContext context, JobSystem jobs, CancellationToken ct)
    {
        if (!await OwnsAsync(id, context, jobs, ct)) return NotFound();
        if (!await jobs.CancelAsync(id, ct)) return TypedResults.Problem(statusCode: 409, title: "The job has already finished", detail: "Only a queued or running job can be cancelled.");
        return TypedResults.Accepted($"/api/jobs/{id}", await jobs.FindAsync(id, ct));
    }

    private static async Task<bool> OwnsAsync(Guid id, HttpContext context, JobSystem jobs, CancellationToken ct)
        => await jobs.OwnerAsync(id, ct) == ApiKeyAuthentication.OwnerOf(context.User);

    internal static ProblemHttpResult NotFound() => TypedResults.Problem(statusCode: 404, title: "Not found", detail: "There is no such job for this key.");
}

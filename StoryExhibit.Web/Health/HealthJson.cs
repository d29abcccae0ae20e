using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StoryExhibit.Web.Auth;

namespace StoryExhibit.Web.Health;

/// <summary>
/// The health-check JSON format used across ASP.NET Core tooling:
/// <c>{ status, totalDuration, entries: { name: { status, description, duration, tags } } }</c>. The description
/// (which names provider addresses and carries error text) is for signed-in staff only; anyone else gets the statuses.
/// </summary>
public static class HealthJson
{
    public static async Task WriteAsync(HttpContext context, HealthReport report)
    {
        var staff = await context.RequestServices.GetRequiredService<IAuthorizationService>().AuthorizeAsync(context.User, StaffPolicies.Staff);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        await JsonSerializer.SerializeAsync(context.Response.Body, ToJson(report, withDetails: staff.Succeeded), cancellationToken: context.RequestAborted);
    }

    public static HealthReportJson ToJson(HealthReport report, bool withDetails) => new(
        report.Status.ToString(),
        report.TotalDuration.ToString("c"),
        report.Entries.ToDictionary(e => e.Key, e => new HealthEntryJson(
            e.Value.Status.ToString(),
            withDetails ? e.Value.Description ?? e.Value.Exception?.Message : null,
            e.Value.Duration.ToString("c"),
            [.. e.Value.Tags])));
}

public sealed record HealthReportJson(
    [property: System.Text.Json.Serialization.JsonPropertyName("status")] string Status,
    [property: System.Text.Json.Serialization.JsonPropertyName("totalDuration")] string TotalDuration,
    [property: System.Text.Json.Serialization.JsonPropertyName("entries")] Dictionary<string, HealthEntryJson> Entries);

public sealed record HealthEntryJson(
    [property: System.Text.Json.Serialization.JsonPropertyName("status")] string Status,
    [property: System.Text.Json.Serialization.JsonPropertyName("description")] string? Description,
    [property: System.Text.Json.Serialization.JsonPropertyName("duration")] string Duration,
    [property: System.Text.Json.Serialization.JsonPropertyName("tags")] string[] Tags);

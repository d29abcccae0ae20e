using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace StoryExhibit.Web.Health;

/// <summary>
/// The health-check JSON format used across ASP.NET Core tooling:
/// <c>{ status, totalDuration, entries: { name: { status, description, duration, tags } } }</c>.
/// </summary>
public static class HealthJson
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return JsonSerializer.SerializeAsync(context.Response.Body, ToJson(report), cancellationToken: context.RequestAborted);
    }

    public static HealthReportJson ToJson(HealthReport report) => new(
        report.Status.ToString(),
        report.TotalDuration.ToString("c"),
        report.Entries.ToDictionary(e => e.Key, e => new HealthEntryJson(
            e.Value.Status.ToString(),
            e.Value.Description ?? e.Value.Exception?.Message,
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

using System.Text.Json.Serialization;

namespace StoryExhibit.Core.Jobs;

/// <summary>Written by name in JSON ("Running"), for the API's readers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<JobState>))]
public enum JobState { Queued, Running, Succeeded, Failed, Cancelled }

/// <summary>The kinds of long task the studio runs; each is one <see cref="IJobHandler{TInput}"/>.</summary>
public static class JobKinds
{
    public const string Writer = "writer";
    public const string Illustrator = "illustrator";
    public const string Video = "video";
    public const string Snippet = "snippet";
    public const string Pdf = "export-pdf";
    public const string Epub = "export-epub";
    public const string Html = "export-html";
}

/// <summary>Who started a job: a visitor (reaching it again by the story's code) or an integration's API key.</summary>
public sealed record JobOwner(JobOwnerKind Kind, string Id)
{
    public static JobOwner Visitor(string visitorKey) => new(JobOwnerKind.Visitor, visitorKey);
    public static JobOwner ApiKey(Guid keyId) => new(JobOwnerKind.ApiKey, keyId.ToString("N"));
    public static JobOwner Staff(string userName) => new(JobOwnerKind.Staff, userName);
}

public enum JobOwnerKind { Visitor, ApiKey, Staff }

/// <summary>A file a job made, kept in the job's folder and downloaded by its name.</summary>
public sealed record JobFile(string Name, string MediaType, long Bytes);

/// <summary>A job as it is at one moment: what pages, the API and the dashboard show.</summary>
public sealed record JobSnapshot(
    Guid Id, string Kind, JobState State, double Progress, string? ProgressText, DateTime CreatedUtc, DateTime? StartedUtc,
    DateTime? FinishedUtc, string? Error, Guid? StoryId, IReadOnlyList<JobFile> Files)
{
    public bool IsFinished => State is JobState.Succeeded or JobState.Failed or JobState.Cancelled;
}

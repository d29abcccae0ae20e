namespace StoryExhibit.Core.Jobs;

/// <summary>A job as stored: its input as JSON (so a restart can run it again), its owner, state, progress and results.</summary>
public sealed class JobRecord
{
    public Guid Id { get; set; }
    public string Kind { get; set; } = "";
    public string InputJson { get; set; } = "{}";
    public JobOwnerKind OwnerKind { get; set; }
    public string OwnerId { get; set; } = "";
    public Guid? StoryId { get; set; }
    public JobState State { get; set; }
    public double Progress { get; set; }
    public string? ProgressText { get; set; }
    public DateTime CreatedUtc { get; set; }
    public DateTime? StartedUtc { get; set; }
    public DateTime? FinishedUtc { get; set; }
    public string? Error { get; set; }
    public string FilesJson { get; set; } = "[]";
    /// <summary>How many times the job was queued again because the exhibit restarted while it ran.</summary>
    public int Restarts { get; set; }

    public const int KindMax = 40;
    public const int OwnerIdMax = 64;
    public const int ProgressTextMax = 200;
    public const int ErrorMax = 400;
}

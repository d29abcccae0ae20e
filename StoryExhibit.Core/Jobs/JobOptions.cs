namespace StoryExhibit.Core.Jobs;

/// <summary>The job system's rules (section "Jobs").</summary>
public sealed class JobOptions
{
    public const string Section = "Jobs";

    /// <summary>How many jobs one visitor, key or staff member may have queued or running at once.</summary>
    public int MaxPerOwner { get; set; } = 3;

    /// <summary>How long a finished job and its files are kept before the clean-up deletes them.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the clean-up looks for jobs older than <see cref="KeepFor"/>.</summary>
    public TimeSpan CleanUpEvery { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Where jobs' folders go, relative to the data folder (beside the database) unless rooted.</summary>
    public string Folder { get; set; } = "jobs";
}

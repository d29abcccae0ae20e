namespace StoryExhibit.Core.Persistence;

/// <summary>What the start-up learned about the database: whether this run created it.</summary>
public sealed class DatabaseStatus
{
    /// <summary>True when no migration had been applied before this start: a first run, so starter content may be added.</summary>
    public bool CreatedThisRun { get; internal set; }
}

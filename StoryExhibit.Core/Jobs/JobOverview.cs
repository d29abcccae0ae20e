namespace StoryExhibit.Core.Jobs;

/// <summary>Every job as staff see it on the dashboard: the newest few and how many there are in all.</summary>
public sealed record JobOverview(IReadOnlyList<StaffJob> Newest, int Total);

/// <summary>
/// A job with who started it as staff may see it: a visitor stays anonymous (their key never leaves the server), an
/// integration by its API key's name, staff by their user name; and the code of the story it belongs to, if any.
/// </summary>
public sealed record StaffJob(JobSnapshot Job, JobOwnerKind OwnerKind, string? OwnerName, string? StoryCode);

using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Web.Api;

/// <summary>A job's result file as a download, or null when the job has no such file.</summary>
public static class JobFileResults
{
    public static IResult? File(JobSnapshot job, string name, string? path)
    {
        if (path is null || job.Files.FirstOrDefault(f => f.Name == name) is not { } file) return null;
        return TypedResults.PhysicalFile(path, file.MediaType, file.Name, enableRangeProcessing: true);
    }
}

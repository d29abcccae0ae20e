namespace StoryExhibit.Core.Jobs;

/// <summary>
/// Does one kind of job. <typeparamref name="TInput"/> is what a page or the API sends (a record, stored as JSON with the
/// job so a restart can run it again). The handler reports progress and writes its files through <see cref="JobRun"/>;
/// it throws <see cref="Generation.GenerationException"/> (or <see cref="JobInputException"/>) with a message fit for a
/// visitor when it fails, and stops promptly (its processes too) when <paramref name="ct"/> is cancelled.
/// </summary>
public interface IJobHandler<TInput> where TInput : class
{
    /// <summary>What is wrong with the input, each as a sentence naming the field ("Title: at most 120 letters."); empty when fine.</summary>
    IReadOnlyList<string> Validate(TInput input);

    Task RunAsync(TInput input, JobRun run, CancellationToken ct);
}

/// <summary>The input could not be used after all (a story that was deleted meanwhile, a URL that gives no text).</summary>
public sealed class JobInputException(string message) : Exception(message);

/// <summary>
/// One run of a job, handed to its handler: where its files go and how it reports. Tests make one with
/// <see cref="JobRun(Guid, string, Func{double, string, Task})"/> to run a handler on its own.
/// </summary>
public class JobRun(Guid jobId, string folder, Func<double, string, Task> report)
{
    private readonly List<JobFile> _files = [];

    public Guid JobId => jobId;
    /// <summary>The job's own folder: files written here and then added with <see cref="AddFile"/> are its results.</summary>
    public string Folder => folder;
    public IReadOnlyList<JobFile> Files => _files;
    /// <summary>A story the job made or worked on (the writer's new story), reachable then by its code.</summary>
    public Guid? StoryId { get; set; }

    /// <summary>Progress as a fraction from 0 to 1 and a short line for people ("Painting scene 3 of 6").</summary>
    public Task ReportAsync(double fraction, string line) => report(Math.Clamp(fraction, 0, 1), line);

    /// <summary>Adds a file already written in <see cref="Folder"/> to the job's results.</summary>
    public JobFile AddFile(string name, string mediaType)
    {
        if (name.Contains('/') || name.Contains('\\') || name is "." or "..") throw new ArgumentException("A result file name has no folders.", nameof(name));
        var file = new JobFile(name, mediaType, new FileInfo(Path.Combine(folder, name)).Length);
        _files.RemoveAll(f => f.Name == name);
        _files.Add(file);
        return file;
    }
}

using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;

namespace StoryExhibit.Core.Jobs;

/// <summary>Calls a kind's <see cref="IJobHandler{TInput}"/> with input known only at run time (stored JSON, the API's body).</summary>
internal abstract class JobHandlerAdapter
{
    public abstract IReadOnlyList<string> Validate(object input);
    public abstract Task RunAsync(object input, JobRun run, CancellationToken ct);

    public static JobHandlerAdapter For(JobKind kind, IServiceProvider services)
    {
        var handler = services.GetRequiredService(typeof(IJobHandler<>).MakeGenericType(kind.InputType));
        return (JobHandlerAdapter)Activator.CreateInstance(typeof(Typed<>).MakeGenericType(kind.InputType), handler)!;
    }

    /// <summary>The input stored as JSON, read back as the kind's input type.</summary>
    public static object Read(JobKind kind, string json)
        => JsonSerializer.Deserialize(json, kind.InputType, JobRecords.Json) ?? throw new JobInputException("The job's input is empty.");

    private sealed class Typed<TInput>(IJobHandler<TInput> handler) : JobHandlerAdapter where TInput : class
    {
        public override IReadOnlyList<string> Validate(object input) => handler.Validate((TInput)input);
        public override Task RunAsync(object input, JobRun run, CancellationToken ct) => handler.RunAsync((TInput)input, run, ct);
    }
}

using System.Threading.Channels;
using StoryExhibit.Core.Jobs;

namespace StoryExhibit.Tests.Core.Jobs;

/// <summary>
/// What the test kind is asked to do: <see cref="Steps"/> steps reported one by one (each waiting for
/// <see cref="TestJobGate.Release"/> when <see cref="Hold"/>), then fail with <see cref="FailWith"/>, crash, or write "result.txt".
/// </summary>
public sealed record TestJobInput(string Name, int Steps = 1, bool Hold = false, string? FailWith = null, bool Crash = false);

/// <summary>A job handler for tests only: it does nothing but wait, report, and write one small file.</summary>
public sealed class TestJobHandler(TestJobGate gate) : IJobHandler<TestJobInput>
{
    public const string Kind = "test";
    /// <summary>Registered with room for two at once.</summary>
    public const string PairKind = "test-pair";
    public const string CrashDetail = "connection string with password hunter2";

    public IReadOnlyList<string> Validate(TestJobInput input)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(input.Name)) problems.Add("Name: please give the job a name.");
        if (input.Steps is < 1 or > 100) problems.Add("Steps: from 1 to 100.");
        return problems;
    }

    public async Task RunAsync(TestJobInput input, JobRun run, CancellationToken ct)
    {
        gate.OnStart(input.Name);
        try
        {
            for (var step = 1; step <= input.Steps; step++)
            {
                if (input.Hold) await gate.WaitForReleaseAsync(ct);
                await run.ReportAsync((double)step / input.Steps, $"Step {step} of {input.Steps}");
            }
            if (input.FailWith is not null) throw new JobInputException(input.FailWith);
            if (input.Crash) throw new InvalidOperationException(TestJobHandler.CrashDetail);
            await File.WriteAllTextAsync(Path.Combine(run.Folder, "result.txt"), input.Name, ct);
            run.AddFile("result.txt", "text/plain");
        }
        catch (OperationCanceledException)
        {
            gate.OnCancelled(input.Name);
            throw;
        }
        finally { gate.OnEnd(); }
    }
}

/// <summary>Lets a test hold jobs mid-way, see them start, count how many run at once and which were cancelled.</summary>
public sealed class TestJobGate
{
    private readonly SemaphoreSlim _steps = new(0);
    private readonly Channel<string> _starts = Channel.CreateUnbounded<string>();
    private readonly object _lock = new();
    private int _running;

    public int MostAtOnce { get; private set; }
    public List<string> Cancelled { get; } = [];

    public void Release(int steps = 1) => _steps.Release(steps);
    public Task WaitForReleaseAsync(CancellationToken ct) => _steps.WaitAsync(ct);

    /// <summary>The name of the next job that starts, in the order they started.</summary>
    public async Task<string> NextStartAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await _starts.Reader.ReadAsync(timeout.Token);
    }

    public bool AnyStartWaiting => _starts.Reader.Count > 0;

    internal void OnStart(string name)
    {
        lock (_lock) MostAtOnce = Math.Max(MostAtOnce, ++_running);
        _starts.Writer.TryWrite(name);
    }

    internal void OnEnd() { lock (_lock) _running--; }

    internal void OnCancelled(string name) { lock (_lock) Cancelled.Add(name); }
}

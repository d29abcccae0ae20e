namespace StoryExhibit.Benchmarks;

/// <summary>
/// CPU time of a process, split by what its threads do, and its threads' context switches, read from /proc (Linux): the runtime's background JIT
/// (tiered compilation), its garbage collector, and everything else (the app's own work on the thread pool, Kestrel,
/// SignalR, timers). Child processes (espeak-ng) are not included. Threads that ended since the last reading are lost,
/// so the split is a close estimate; the total comes from the process itself and is exact.
/// </summary>
/// <param name="Switches">Times the process's threads gave up or were taken off a core (voluntary and involuntary context
/// switches): each is a thread waking for a piece of work, or waiting for one.</param>
/// <param name="ToolsMs">CPU of the process's child processes that have ended (espeak-ng, opusenc): not in <paramref name="TotalMs"/>.</param>
internal sealed record CpuSplit(double TotalMs, double JitMs, double GcMs, long Switches, double ToolsMs = 0)
{
    public double AppMs => TotalMs - JitMs - GcMs;

    public static CpuSplit operator -(CpuSplit after, CpuSplit before)
        => new(after.TotalMs - before.TotalMs, after.JitMs - before.JitMs, after.GcMs - before.GcMs, after.Switches - before.Switches, after.ToolsMs - before.ToolsMs);
}

internal static class ProcessCpu
{
    private static readonly double MsPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux

    public static CpuSplit Read(System.Diagnostics.Process process)
    {
        process.Refresh();
        var total = process.TotalProcessorTime.TotalMilliseconds;
        double jit = 0, gc = 0;
        long switches = 0;
        var tasks = $"/proc/{process.Id}/task";
        if (!Directory.Exists(tasks)) return new(total, 0, 0, 0);
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            string stat;
            try
            {
                stat = File.ReadAllText(Path.Combine(task, "stat"));
                switches += File.ReadLines(Path.Combine(task, "status")).Where(l => l.Contains("ctxt_switches:", StringComparison.Ordinal))
                    .Sum(l => long.Parse(l[(l.IndexOf(':') + 1)..].Trim()));
            }
            catch (IOException) { continue; } // the thread ended meanwhile
            var open = stat.IndexOf('(');
            var close = stat.LastIndexOf(')');
            if (open < 0 || close < open) continue;
            var name = stat[(open + 1)..close];
            // After the name: state is field 3, utime field 14, stime field 15.
            var fields = stat[(close + 2)..].Split(' ');
            var ms = (long.Parse(fields[11]) + long.Parse(fields[12])) * MsPerTick;
            if (name.StartsWith(".NET Tiered Com", StringComparison.Ordinal)) jit += ms;
            else if (name.Contains("GC", StringComparison.Ordinal)) gc += ms;
        }
        return new(total, jit, gc, switches, ToolsMs(process.Id));
    }

    /// <summary>The ended children's CPU (cutime and cstime, fields 16 and 17 of /proc/PID/stat).</summary>
    private static double ToolsMs(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return (long.Parse(fields[13]) + long.Parse(fields[14])) * MsPerTick;
        }
        catch (IOException) { return 0; }
    }
}

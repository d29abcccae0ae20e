using System.Diagnostics;
using System.Runtime.InteropServices;

namespace StoryExhibit.Tests.Quality;

/// <summary>
/// CPU time of the calling thread, so the storyteller's own work is measured without the garbage collector's
/// or other threads' time (Linux: clock_gettime(CLOCK_THREAD_CPUTIME_ID)); elsewhere the whole process's.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTimeId, out var spec) == 0)
            return TimeSpan.FromTicks(spec.Seconds * TimeSpan.TicksPerSecond + spec.Nanoseconds / 100);
        return Process.GetCurrentProcess().TotalProcessorTime;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", SetLastError = false)]
    private static extern int clock_gettime(int clockId, out TimeSpec spec);
}

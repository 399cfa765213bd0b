using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Sitrep.Evaluation;

/// <summary>
/// CPU time consumed by the calling thread. "Pages per second per core" is a CPU-time figure: on a shared
/// machine wall-clock time also counts the time other processes held the core, which made runs of the same
/// build differ by 3×. On Linux this is clock_gettime(CLOCK_THREAD_CPUTIME_ID) (POSIX, man 2 clock_gettime),
/// which has nanosecond resolution; getrusage(RUSAGE_THREAD) was tried first but is tick-granular, and a
/// per-page minimum over several passes then rounds short pages down to zero. Elsewhere: the wall clock.
/// </summary>
public static class ThreadCpuClock
{
    private const int ClockThreadCpuTimeId = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds; public long Nanoseconds; }

    // DllImport rather than LibraryImport: the struct is blittable, and LibraryImport would need unsafe code.
    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

    /// <summary>True when <see cref="NowMilliseconds"/> measures thread CPU time rather than wall time.</summary>
    public static bool MeasuresCpu => Available;

    public static double NowMilliseconds()
    {
        if (Available && ClockGetTime(ClockThreadCpuTimeId, out var t) == 0)
            return t.Seconds * 1000.0 + t.Nanoseconds / 1_000_000.0;
        return Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
    }

    private static bool Probe()
    {
        try { return ClockGetTime(ClockThreadCpuTimeId, out _) == 0; }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }
}

using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Sitrep.Evaluation;

/// <summary>
/// CPU time consumed by the calling thread. "Pages per second per core" is a CPU-time figure: on a shared
/// machine wall-clock time also counts the time other processes held the core, which made runs of the same
/// build differ by 3×. On Linux this is getrusage(RUSAGE_THREAD) (man 2 getrusage); elsewhere it falls back
/// to the wall clock.
/// </summary>
public static class ThreadCpuClock
{
    private const int RusageThread = 1;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeVal { public long Seconds; public long Microseconds; }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public TimeVal User;
        public TimeVal System;
        public long MaxRss, IxRss, IdRss, IsRss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }

    // DllImport rather than LibraryImport: the struct is blittable, and LibraryImport would need unsafe code.
    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsage usage);

    private static readonly bool Available = OperatingSystem.IsLinux() && Probe();

    /// <summary>True when <see cref="NowMilliseconds"/> measures thread CPU time rather than wall time.</summary>
    public static bool MeasuresCpu => Available;

    public static double NowMilliseconds()
    {
        if (Available && GetRUsage(RusageThread, out var u) == 0)
            return (u.User.Seconds + u.System.Seconds) * 1000.0 + (u.User.Microseconds + u.System.Microseconds) / 1000.0;
        return Stopwatch.GetTimestamp() * 1000.0 / Stopwatch.Frequency;
    }

    private static bool Probe()
    {
        try { return GetRUsage(RusageThread, out _) == 0; }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException) { return false; }
    }
}

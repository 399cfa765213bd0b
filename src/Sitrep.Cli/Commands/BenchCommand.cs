using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Read;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep bench ingest</c>: the read + extract + analyse + store path on a corpus grown to N documents.
/// The articles of a CSV corpus (default: FA-KES) are written N times over into a JSON Lines file, each
/// copy made distinct by a marker line so none is skipped as already stored; then the file is ingested
/// into a fresh store and timed. Reports documents per second, per core, and the process's peak memory.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var source = new Option<string>("--source") { Description = "CSV corpus to replicate.", DefaultValueFactory = _ => "../shared/data/corpus-fakes/FA-KES-Dataset.csv" };
        var count = new Option<int>("--count") { Description = "Documents to ingest.", DefaultValueFactory = _ => 100_000 };
        var workers = new Option<int>("--workers") { Description = "Worker threads (default: one per core).", DefaultValueFactory = _ => 0 };
        var keep = new Option<string?>("--work-dir") { Description = "Where to write the corpus and store (default: a temporary folder, removed after)." };
        var stages = new Option<string?>("--stages") { Description = "Comma-separated analysis stages to run (default: all; 'language' times the read + extract + store path)." };
        var noLink = new Option<bool>("--no-link") { Description = "Store without cross-document linking (the baseline linking is measured against)." };
        var ingest = new Command("ingest", "Time ingest of N plain-text articles into a fresh store.") { source, count, workers, keep, stages, noLink };
        ingest.SetAction(async (p, ct) =>
        {
            var src = p.GetValue(source)!;
            var stageNames = p.GetValue(stages)?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            try { Pipeline.StageRegistry.Select(stageNames); }
            catch (ArgumentException ex) { Console.Error.WriteLine($"sitrep bench: {ex.Message}"); return ExitCodes.Usage; }
            if (!File.Exists(src)) { Console.Error.WriteLine($"sitrep bench: corpus not found: {src}"); return ExitCodes.Usage; }
            var dir = p.GetValue(keep) ?? Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Environment.ProcessId}");
            Directory.CreateDirectory(dir);
            var corpus = Path.Combine(dir, "corpus.jsonl");
            var db = Path.Combine(dir, "bench.db");
            foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
            try
            {
                int n = p.GetValue(count);
                long bytes = WriteCorpus(src, corpus, n);
                Console.Error.WriteLine($"corpus: {n:N0} documents, {bytes / 1048576.0:F0} MB of JSON Lines from {src}");
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var result = await IngestCommand.Run([corpus], ReadOptions.Default, db, p.GetValue(workers), ct, quiet: true, stages: stageNames, link: !p.GetValue(noLink));
                clock.Stop();
                cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                if (result is null) return ExitCodes.Failure;
                int cores = p.GetValue(workers) > 0 ? p.GetValue(workers) : Environment.ProcessorCount;
                double perSecond = result.Added / clock.Elapsed.TotalSeconds;
                var report = new
                {
                    documents = result.Added,
                    errors = result.Errors,
                    seconds = Math.Round(clock.Elapsed.TotalSeconds, 2),
                    documents_per_second = Math.Round(perSecond),
                    documents_per_second_per_core = Math.Round(perSecond / cores),
                    cores,
                    stages = stageNames is null ? "all" : string.Join(",", stageNames),
                    linking = !p.GetValue(noLink),
                    // CPU figures do not depend on what else the machine runs: all threads, and the one writer
                    // thread (serial: ingest cannot go faster than one document per writer_cpu_ms).
                    cpu_ms_per_document = Math.Round(cpu.TotalMilliseconds / Math.Max(1, result.Added), 3),
                    writer_cpu_ms_per_document = Math.Round(result.WriterCpuMilliseconds / Math.Max(1, result.Added), 3),
                    load_average = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?",
                    peak_memory_mb = PeakMemory.Megabytes(),
                    store_mb = Math.Round(new FileInfo(db).Length / 1048576.0, 1),
                };
                Console.WriteLine(JsonSerializer.Serialize(report));
                return ExitCodes.Ok;
            }
            finally
            {
                if (p.GetValue(keep) is null) Directory.Delete(dir, recursive: true);
            }
        });
        var command = new Command("bench", "Benchmarks: throughput per core and peak memory.");
        command.Subcommands.Add(ingest);
        command.Subcommands.Add(BenchLinkCommand.Create());
        return command;
    }

    private static long WriteCorpus(string csv, string target, int count)
    {
        var articles = new InputReader(ReadOptions.Default).ReadFile(csv)
            .OfType<ReadDocument>().Select(d => d.Document).Where(d => d.Text is not null).ToList();
        if (articles.Count == 0) throw new InvalidOperationException($"no articles read from {csv}");
        using var stream = File.Create(target);
        using var w = new Utf8JsonWriter(stream);
        for (int i = 0; i < count; i++)
        {
            var a = articles[i % articles.Count];
            int copy = i / articles.Count;
            w.WriteStartObject();
            w.WriteString("text", copy == 0 ? a.Text : $"{a.Text}\n\nCopy {copy}.");
            w.WriteString("title", a.Hints.Title);
            w.WriteString("date", a.Hints.Date);
            w.WriteString("outlet", a.Hints.Outlet);
            w.WriteEndObject();
            w.Flush();
            stream.WriteByte((byte)'\n');
            w.Reset();
        }
        w.Flush();
        return stream.Length;
    }
}

/// <summary>Peak resident memory of this process (VmHWM), the figure the benchmarks report.</summary>
public static class PeakMemory
{
    public static double Megabytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return Math.Round(long.Parse(line[6..].Trim().Split(' ')[0]) / 1024.0, 1);
        }
        catch (IOException) { }
        return Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, 1);
    }
}

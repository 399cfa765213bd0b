using System.CommandLine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Link.Evaluation;
using Sitrep.Output;
using Sitrep.Store;
using Sitrep.Store.Sqlite;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep bench link --count N</c>: linking cost per document against a store of N documents. The store
/// is grown synthetically (random 220-word texts drawn from FA-KES's vocabulary with Zipf frequencies,
/// bulk-loaded with their index entries); then probe documents go through the normal writer (store,
/// search index, link, story, claims): a tenth are syndicated copies of stored documents, a tenth carry a
/// passage of a stored document, the rest are new. Reports milliseconds of linking per probe, the links
/// found against those planted, and the process's peak memory.
/// </summary>
public static class BenchLinkCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "Documents in the store before probing.", DefaultValueFactory = _ => 10_000 };
        var probes = new Option<int>("--probes") { Description = "New documents linked and timed.", DefaultValueFactory = _ => 1000 };
        var data = new Option<string>("--data") { Description = "Shared data folder (FA-KES gives the vocabulary).", DefaultValueFactory = _ => Path.Combine("..", "shared", "data") };
        var keep = new Option<string?>("--work-dir") { Description = "Where to build the store (default: a temporary folder, removed after)." };
        var reuse = new Option<bool>("--reuse-store") { Description = "With --work-dir: probe the store grown by an earlier run instead of growing it again (new probes each run)." };
        var command = new Command("link", "Time cross-document linking per document against a store of N documents.") { count, probes, data, keep, reuse };
        command.SetAction(p =>
        {
            var articles = SourceArticles.Load(p.GetValue(data)!);
            if (articles.Count == 0) { Console.Error.WriteLine("sitrep bench link: no source articles for the vocabulary (need ../shared/data/corpus-fakes)"); return ExitCodes.Usage; }
            var text = new SyntheticText(articles);
            var dir = p.GetValue(keep) ?? Path.Combine(Path.GetTempPath(), $"sitrep-bench-link-{Environment.ProcessId}");
            Directory.CreateDirectory(dir);
            var db = Path.Combine(dir, "bench-link.db");
            bool grow = !(p.GetValue(reuse) && p.GetValue(keep) is not null && File.Exists(db));
            if (grow) foreach (var f in new[] { db, db + "-wal", db + "-shm" }) File.Delete(f);
            try
            {
                int n = p.GetValue(count), m = p.GetValue(probes);
                using var store = SqliteStore.Open(db);
                var clock = Stopwatch.StartNew();
                if (grow) store.BulkLoadForBenchmark(Enumerable.Range(0, n).Select(i => text.Document(i, $"stored-{i}", new DateOnly(2015, 1, 1).AddDays(i % 700))));
                double growth = clock.Elapsed.TotalSeconds;
                double growthPeak = PeakMemory.Megabytes();
                // The growth phase holds every posting in memory to sort it; reset the peak (Linux clear_refs 5)
                // so the figure reported for linking is linking's own.
                bool peakReset = ResetPeak();

                // Probes of a reused store must be new texts, or they would be copies of the last run's probes.
                int salt = grow ? 0 : (int)(DateTime.UtcNow.Ticks % 1_000_000) * 1000;
                var rng = new Random(7 + salt);
                int plantedDuplicates = 0, plantedReuse = 0;
                var probeDocs = new List<Document>();
                for (int i = 0; i < m; i++)
                {
                    var date = new DateOnly(2017, 1, 1).AddDays(i % 300);
                    int source = rng.Next(n);
                    string body = (i % 10) switch
                    {
                        0 => ReuseSet.Syndicate(text.Body(source), rng, articles),
                        1 => Paragraphs.Insert(text.Body(n + salt + i), Paragraphs.Passage(text.Body(source), rng, 40, 120).Text, rng).Body,
                        _ => text.Body(n + salt + i),
                    };
                    if (i % 10 == 0) plantedDuplicates++;
                    if (i % 10 == 1) plantedReuse++;
                    probeDocs.Add(SyntheticText.Make(body, grow ? $"probe-{i}" : $"probe-{i}-{DateTime.UtcNow.Ticks}", date));
                }
                // What linking computes of each document alone runs on ingest's parallel workers: prepare it here
                // the same way, and time it apart from the writer's part.
                double inputCpu = Evaluation.ThreadCpuClock.NowMilliseconds();
                var inputs = probeDocs.Select(Link.LinkInput.Of).ToList();
                inputCpu = Evaluation.ThreadCpuClock.NowMilliseconds() - inputCpu;
                clock.Restart();
                foreach (var batch in probeDocs.Zip(inputs).Chunk(256))
                    store.Write(batch.Select(x => (StoredItem)new StoredDocument(x.First, ContractJson.Serialize(x.First), x.Second)).ToList());
                double write = clock.Elapsed.TotalMilliseconds;
                var probeIds = probeDocs.Select(d => d.Id).ToHashSet();
                var links = store.Links().Where(l => probeIds.Contains(l.A) || probeIds.Contains(l.B)).ToList();
                var report = new
                {
                    stored_documents = n,
                    probe_documents = m,
                    growth_seconds = grow ? Math.Round(growth, 1) : (double?)null,
                    linking_cpu_ms_per_document = Math.Round(store.LinkingCpuMilliseconds / m, 3),
                    input_cpu_ms_per_document = Math.Round(inputCpu / m, 3),
                    linking_wall_ms_per_document = Math.Round(store.LinkingTime.TotalMilliseconds / m, 3),
                    load_average = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?",
                    write_ms_per_document = Math.Round(write / m, 3),
                    duplicates_found = links.Count(l => l.Kind == "duplicate"),
                    duplicates_planted = plantedDuplicates,
                    reuse_pairs_found = links.Where(l => l.Kind == "reuse").Select(l => (l.A, l.B)).Distinct().Count(),
                    reuse_planted = plantedReuse,
                    peak_memory_mb_linking = peakReset ? PeakMemory.Megabytes() : (double?)null,
                    peak_memory_mb_growth = growthPeak,
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
        return command;
    }

    private static bool ResetPeak()
    {
        try { File.WriteAllText("/proc/self/clear_refs", "5"); return true; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return false; }
    }

    /// <summary>Random article-like text: words drawn from a real corpus's vocabulary with their Zipf frequencies.</summary>
    private sealed class SyntheticText
    {
        private readonly string[] _words;
        private readonly double[] _cumulative;

        public SyntheticText(IEnumerable<string> articles)
        {
            var counts = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var a in articles.Take(800))
                foreach (var w in a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                {
                    var word = w.Trim('.', ',', '"', '(', ')', ';', ':');
                    if (word.Length > 0) counts[word] = counts.GetValueOrDefault(word) + 1;
                }
            _words = counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray();
            _cumulative = new double[_words.Length];
            double sum = 0;
            for (int i = 0; i < _words.Length; i++) _cumulative[i] = sum += 1.0 / (i + 1);
        }

        public string Body(int index)
        {
            var rng = new Random(index * 7919 + 17);
            var sb = new StringBuilder();
            for (int paragraph = 0; paragraph < 4; paragraph++)
            {
                if (paragraph > 0) sb.Append("\n\n");
                for (int sentence = 0; sentence < 3; sentence++)
                {
                    int length = rng.Next(12, 25);
                    for (int w = 0; w < length; w++)
                    {
                        var word = _words[Pick(rng)];
                        if (w == 0) word = char.ToUpperInvariant(word[0]) + word[1..];
                        sb.Append(word).Append(w == length - 1 ? ". " : " ");
                    }
                }
            }
            return sb.ToString().Trim();
        }

        private int Pick(Random rng)
        {
            double x = rng.NextDouble() * _cumulative[^1];
            int i = Array.BinarySearch(_cumulative, x);
            return Math.Min(_words.Length - 1, i < 0 ? ~i : i);
        }

        public Document Document(int index, string name, DateOnly date) => Make(Body(index), name, date);

        public static Document Make(string body, string name, DateOnly date) => new()
        {
            Id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..16],
            Source = new SourceInfo(null, null, "text"),
            Body = body,
            Outlet = new Outlet("synthetic.example", "synthetic.example"),
            Published = new PublishedDate(date.ToString("yyyy-MM-dd"), "day", "generated", 1.0),
        };
    }
}

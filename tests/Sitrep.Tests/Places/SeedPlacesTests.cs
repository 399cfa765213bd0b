using System.Text;
using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places;
using Sitrep.Documents;
using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Places;

/// <summary>On the real seeds and corpora in ../shared (skipped when absent).</summary>
public class SeedPlacesTests(ITestOutputHelper output)
{
    private static readonly (string Surface, string Country, double Lat, double Lon)[] Expected =
    [
        ("Palmyra", "SY", 34.56, 38.28), ("Aleppo", "SY", 36.20, 37.16), ("Raqqa", "SY", 35.95, 39.01),
        ("Deir ez-Zor", "SY", 35.34, 40.14), ("Deir Ezzor", "SY", 35.34, 40.14), ("Dayr al-Zawr", "SY", 35.34, 40.14),
        ("Mosul", "IQ", 36.34, 43.12), ("Belgrade", "RS", 44.80, 20.47), ("Tartus", "SY", 34.89, 35.89),
        ("Latakia", "SY", 35.53, 35.79), ("Albukamal", "SY", 34.45, 40.92), ("Homs", "SY", 34.73, 36.72),
        ("Idlib", "SY", 35.93, 36.63), ("Damascus", "SY", 33.51, 36.29),
    ];

    private static Document Analyse(string body)
    {
        var doc = new Document { Id = "seed", Source = new SourceInfo(null, null, "text"), Body = body };
        return new PlaceStage().Apply(new EntityStage().Apply(doc));
    }

    [SkippableFact]
    public void Places_a_reader_would_pin_are_pinned_right()
    {
        Skip.If(SharedData.Seeds is null, "../shared/seeds absent");
        var seen = 0;
        foreach (var file in Directory.GetFiles(SharedData.Seeds!, "*.txt"))
        {
            var doc = Analyse(File.ReadAllText(file));
            foreach (var (surface, country, lat, lon) in Expected)
                foreach (var p in doc.Places.Where(p => p.Text == surface))
                {
                    seen++;
                    p.Country.Should().Be(country, $"{surface} in {Path.GetFileName(file)}");
                    p.Lat.Should().BeApproximately(lat, 0.1, surface);
                    p.Lon.Should().BeApproximately(lon, 0.1, surface);
                }
            var isis = doc.Entities.Where(e => e.Text is "ISIS" or "ISIL" or "IS" or "Daesh" or "Islamic State").ToList();
            isis.Select(e => e.Kb).Distinct().Should().BeSubsetOf(["sitrep:isis"]);
            doc.Entities.Where(e => e.Text.Contains("Nusra")).Select(e => e.Kb).Distinct().Should().BeSubsetOf(["sitrep:nusra"]);
        }
        seen.Should().BeGreaterThan(10);
    }

    [SkippableFact]
    public void Tagging_speed_on_FA_KES()
    {
        Skip.If(SharedData.Data("corpus-fakes") is null, "../shared/data/corpus-fakes absent");
        var texts = ReadColumn(Path.Combine(SharedData.Data("corpus-fakes")!, "FA-KES-Dataset.csv"), 2).ToList();
        texts.Count.Should().BeGreaterThan(700);
        var entities = new EntityStage();
        var places = new PlaceStage();
        foreach (var t in texts.Take(50)) Tag(t);                       // warm up (JIT, lazy tables)
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var total = 0;
        Parallel.ForEach(texts, new ParallelOptions { MaxDegreeOfParallelism = 2 }, t => Interlocked.Add(ref total, Tag(t)));
        var seconds = watch.Elapsed.TotalSeconds;
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        // Wall-clock speed depends on what else the machine runs; CPU time per article does not, so the
        // idle 2-core figure is estimated from it too.
        output.WriteLine($"{texts.Count} FA-KES articles tagged in {seconds:0.000} s on 2 threads: {texts.Count / seconds:0} articles/s wall clock, " +
                         $"{cpu:0.000} CPU-s = {2 * texts.Count / cpu:0} articles/s on 2 idle cores, {total} mentions");
        (texts.Count / seconds).Should().BeGreaterThan(50, "the target is 1,000 articles/s on 2 idle cores; this floor tolerates a busy CI");

        int Tag(string text)
        {
            var doc = new Document { Id = "f", Source = new SourceInfo(null, null, "csv"), Body = text };
            return places.Apply(entities.Apply(doc)).Entities.Count;
        }
    }

    /// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, newlines inside quotes.</summary>
    private static IEnumerable<string> ReadColumn(string path, int column)
    {
        var text = File.ReadAllText(path);
        var field = new StringBuilder();
        var fields = new List<string>();
        var quoted = false;
        var header = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            if (c == '"') { quoted = true; continue; }
            if (c == ',') { fields.Add(field.ToString()); field.Clear(); continue; }
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                fields.Add(field.ToString()); field.Clear();
                if (!header && fields.Count > column) yield return fields[column];
                header = false;
                fields.Clear();
                continue;
            }
            field.Append(c);
        }
    }
}

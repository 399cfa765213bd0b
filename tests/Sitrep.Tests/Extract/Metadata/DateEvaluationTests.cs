using System.IO.Compression;
using System.Text;
using Sitrep.Evaluation.Dates;

namespace Sitrep.Tests.Extract.Metadata;

public class DateEvaluationTests
{
    [Fact]
    public void Scores_a_small_gold_set_written_here()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-dates-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "html"));
            Write(dir, "a.html", """<html><head><meta property="article:published_time" content="2016-12-16T10:00:00+01:00"></head><body></body></html>""");
            Write(dir, "b.html", "<html><body><p>Posted on 3 June 2016</p></body></html>");
            Write(dir, "c.html", "<html><body><p>no date</p></body></html>");
            File.WriteAllText(Path.Combine(dir, "gold.json"), """
                {"https://a.example/x": {"file": "a.html", "date": "2016-12-16"},
                 "https://b.example/y": {"file": "b.html", "date": "2016-06-04"},
                 "https://c.example/z": {"file": "c.html", "date": "2016-01-01"},
                 "https://d.example/w": {"file": "missing.html", "date": "2016-01-01"}}
                """);
            var r = DateEvaluation.Run(dir);
            r.Total.Should().Be(4);
            r.Predicted.Should().Be(2);
            r.Correct.Should().Be(1);
            r.Accuracy.Should().Be(0.25);
            r.Precision.Should().Be(0.5);
            r.Pages.Single(p => p.Url.Contains("d.example")).Error.Should().Contain("missing");
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Reaches_the_target_on_the_htmldate_set_when_present()
    {
        var dir = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "data", "dates-htmldate"));
        if (!File.Exists(Path.Combine(dir, "gold.json"))) return;
        var r = DateEvaluation.Run(dir);
        // Regression floor, below the measured figure (see the report); the target is 0.93.
        r.Accuracy.Should().BeGreaterThan(0.92);
    }

    private static void Write(string dir, string file, string html)
    {
        using var fs = File.Create(Path.Combine(dir, "html", file + ".gz"));
        using var gz = new GZipStream(fs, CompressionLevel.Fastest);
        gz.Write(Encoding.UTF8.GetBytes(html));
    }

    private static string RepoRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Sitrep.sln"))) return d.FullName;
        return Directory.GetCurrentDirectory();
    }
}

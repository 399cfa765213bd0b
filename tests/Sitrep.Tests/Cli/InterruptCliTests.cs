using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Cli;

/// <summary>Ctrl-C during ingest: a clean stop (exit 130, committed batches kept), then a rerun completes
/// the store without duplicates or loss.</summary>
public class InterruptCliTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void Ctrl_c_stops_ingest_cleanly_and_the_same_command_resumes()
    {
        // Enough that the run is still going when the first batch (64 documents) is committed, small enough for the
        // whole analysis and linking to finish the rerun well within the CLI runner's 120 s on a loaded machine.
        const int Documents = 10_000;
        using (var w = new StreamWriter(Path.Combine(_dir.Path, "wire.jsonl")))
            for (int i = 0; i < Documents; i++)
                w.WriteLine($$"""{"text": "Report {{i}}. The Russian Defence Ministry said {{i % 97}} militants were killed near Palmyra on day {{i}}, and that the strikes on the convoys would continue.", "outlet": "Wire {{i % 7}}"}""");
        var db = Path.Combine(_dir.Path, "s.db");

        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = _dir.Path, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "sitrep.dll"), "ingest", "wire.jsonl", "--db", db }) psi.ArgumentList.Add(a);
        psi.Environment["CI"] = "true";
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        // Interrupt once the first batch is committed, while most of the input is still unread.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Stored(db) == 0 && DateTime.UtcNow < deadline && !p.HasExited) Thread.Sleep(50);
        p.HasExited.Should().BeFalse("the run must still be going when Ctrl-C arrives");
        Process.Start("kill", ["-INT", p.Id.ToString()])!.WaitForExit();
        p.WaitForExit(60_000).Should().BeTrue();

        p.ExitCode.Should().Be(130);
        stderr.Result.Should().Contain("interrupted");
        long afterInterrupt = Stored(db);
        afterInterrupt.Should().BeInRange(1, Documents - 1);

        var rerun = SitrepCli.Run(_dir.Path, null, "ingest", "wire.jsonl", "--db", db);
        rerun.ExitCode.Should().Be(0, rerun.Stderr);
        Stored(db).Should().Be(Documents);
        Scalar(db, "SELECT count(DISTINCT id) FROM documents").Should().Be(Documents);
        Scalar(db, "SELECT count(*) FROM documents_fts").Should().Be(Documents);
    }

    private static long Stored(string db) => File.Exists(db) ? Scalar(db, "SELECT count(*) FROM documents") : 0;

    private static long Scalar(string db, string sql)
    {
        try
        {
            using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt64(cmd.ExecuteScalar());
        }
        catch (SqliteException) { return 0; }   // the schema may not exist yet
    }

    public void Dispose() => _dir.Dispose();
}

using System.CommandLine;
using System.Text.Json;
using Sitrep.Output;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep links</c>: every stored cross-document link, one JSON object per line (contract form).</summary>
public static class LinksCommand
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var format = new Option<string>("--format") { Description = "jsonl (the only format).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var command = new Command("links", "Print every stored cross-document link (duplicates, reused passages).") { db, format };
        command.SetAction(p => StoreAccess.With(p.GetValue(db)!, store =>
        {
            int n = 0;
            foreach (var l in store.Links())
            {
                n++;
                var line = JsonLine.Of(w =>
                {
                    w.WriteString("kind", l.Kind);
                    w.WriteString("a", l.A);
                    w.WriteString("b", l.B);
                    w.WriteNumber("a_start", l.AStart);
                    w.WriteNumber("a_end", l.AEnd);
                    w.WriteNumber("b_start", l.BStart);
                    w.WriteNumber("b_end", l.BEnd);
                    w.WriteNumber("score", Math.Round(l.Score, 4));
                });
                Console.WriteLine(line);
            }
            if (n == 0) Console.Error.WriteLine("sitrep links: no links stored (no duplicates or reused passages among the ingested documents)");
            return ExitCodes.Ok;
        }));
        return command;
    }
}

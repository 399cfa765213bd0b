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
                using var buffer = new MemoryStream();
                using (var w = new Utf8JsonWriter(buffer, ContractJson.CompactOptions))
                {
                    w.WriteStartObject();
                    w.WriteString("kind", l.Kind);
                    w.WriteString("a", l.A);
                    w.WriteString("b", l.B);
                    w.WriteNumber("a_start", l.AStart);
                    w.WriteNumber("a_end", l.AEnd);
                    w.WriteNumber("b_start", l.BStart);
                    w.WriteNumber("b_end", l.BEnd);
                    w.WriteNumber("score", Math.Round(l.Score, 4));
                    w.WriteEndObject();
                }
                Console.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
            if (n == 0) Console.Error.WriteLine("sitrep links: no links stored (cross-document linking arrives with issue 7)");
            return ExitCodes.Ok;
        }));
        return command;
    }
}

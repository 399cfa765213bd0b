using System.CommandLine;
using System.Text.Json;
using Sitrep.Output;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep stories</c>: stored stories, one JSON object per line (contract form).</summary>
public static class StoriesCommand
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var format = new Option<string>("--format") { Description = "jsonl (the only format).", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl");
        var command = new Command("stories", "List stories (documents about the same happening).") { db, format };
        command.SetAction(p => StoreAccess.With(p.GetValue(db)!, store =>
        {
            int n = 0;
            foreach (var s in store.Stories())
            {
                n++;
                var line = JsonLine.Of(w =>
                {
                    w.WriteString("story", s.Id);
                    w.WriteString("label", s.Label);
                    w.WriteStartArray("documents");
                    foreach (var d in s.Documents) w.WriteStringValue(d);
                    w.WriteEndArray();
                });
                Console.WriteLine(line);
            }
            if (n == 0) Console.Error.WriteLine("sitrep stories: no stories stored (ingest documents first)");
            return ExitCodes.Ok;
        }));
        return command;
    }
}

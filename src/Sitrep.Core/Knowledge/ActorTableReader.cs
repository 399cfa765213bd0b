namespace Sitrep.Knowledge;

/// <summary>Reads an actor table (data/actors.tsv format): kb, type, canonical, aliases, roles, country, note.
/// Comment lines start with '#'; a row with a bad type or no name is skipped.</summary>
public static class ActorTableReader
{
    private static readonly HashSet<string> Types = ["PERSON", "ORG", "GROUP", "GPE", "LOC", "FAC", "EVENT", "OTHER"];

    public static IEnumerable<Actor> Read(TextReader reader)
    {
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#' || line.StartsWith("kb\t", StringComparison.Ordinal)) continue;
            var f = line.Split('\t');
            if (f.Length < 3 || f[0].Trim().Length == 0 || f[2].Trim().Length == 0) continue;
            var type = f[1].Trim().ToUpperInvariant();
            if (!Types.Contains(type)) continue;
            string[] List(int i) => f.Length > i ? f[i].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];
            string? Text(int i) => f.Length > i && f[i].Trim().Length > 0 ? f[i].Trim() : null;
            yield return new Actor(f[0].Trim(), type, f[2].Trim(), List(3), List(4), Text(5), Text(6));
        }
    }

    private static readonly Lazy<ActorKnowledgeBase> Shared = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The bundled table (data/actors.tsv, embedded) plus the user's tables (<see cref="KnowledgeFiles.UserActorTables"/>).</summary>
    public static ActorKnowledgeBase Default => Shared.Value;

    private static ActorKnowledgeBase LoadDefault()
    {
        var actors = new List<Actor>();
        using (var r = KnowledgeFiles.Embedded("actors.tsv")) actors.AddRange(Read(r));
        foreach (var file in KnowledgeFiles.UserActorTables())
        {
            try { using var r = new StreamReader(file); actors.AddRange(Read(r)); }
            catch (IOException) { /* an unreadable user table is skipped, not fatal */ }
        }
        return new ActorKnowledgeBase(actors);
    }
}

namespace Sitrep.Evaluation.Events;

/// <summary>One snippet of the CASE 2021 task 2 set: id, text, gold sub-type.</summary>
public sealed record CaseSnippet(string Id, string Text, string Label);

/// <summary>Reads ../shared/data/events-case2021/dev.tsv (header "id, EventSnippet, SubType", tab-separated).</summary>
public static class CaseEventSet
{
    public static bool Exists(string dir) => File.Exists(Path.Combine(dir, "dev.tsv"));

    public static List<CaseSnippet> Load(string dir, string file = "dev.tsv")
    {
        var items = new List<CaseSnippet>();
        foreach (var line in File.ReadLines(Path.Combine(dir, file)).Skip(1))
        {
            var cols = line.Split('\t');
            if (cols.Length < 3 || cols[2].Length == 0) continue;
            items.Add(new CaseSnippet(cols[0], cols[1], cols[2].Trim()));
        }
        return items;
    }
}

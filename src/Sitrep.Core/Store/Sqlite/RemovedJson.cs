using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Output;

namespace Sitrep.Store.Sqlite;

/// <summary>The removed-chrome column: <c>[{"reason": "...", "text": "..."}, ...]</c>.</summary>
internal static class RemovedJson
{
    public static string Serialize(IReadOnlyList<RemovedBlock> blocks)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ContractJson.CompactOptions))
        {
            w.WriteStartArray();
            foreach (var b in blocks)
            {
                w.WriteStartObject();
                w.WriteString("reason", b.Reason);
                w.WriteString("text", b.Text);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static IReadOnlyList<RemovedBlock> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var list = new List<RemovedBlock>();
        foreach (var e in doc.RootElement.EnumerateArray())
            list.Add(new RemovedBlock(e.GetProperty("text").GetString() ?? "", e.GetProperty("reason").GetString() ?? ""));
        return list;
    }
}

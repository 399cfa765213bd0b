using System.Text.Json;
using Sitrep.Output;

namespace Sitrep.Cli.Commands;

/// <summary>One compact JSON object as a string, written with the contract's encoder (hostile text stays inert).</summary>
public static class JsonLine
{
    public static string Of(Action<Utf8JsonWriter> writeObject)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, ContractJson.CompactOptions))
        {
            w.WriteStartObject();
            writeObject(w);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}

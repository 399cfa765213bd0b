using Sitrep.Knowledge;

namespace Sitrep.Analyse.Events;

/// <summary>One event type of data/event-types.tsv.</summary>
public sealed record EventTypeInfo(string Type, string Category, string AcledEventType, int Rank, string Description);

/// <summary>The contract's event types with their PLOVER category, ACLED event type and salience rank.</summary>
public sealed class EventTypeTable
{
    private readonly Dictionary<string, EventTypeInfo> _byType;
    public IReadOnlyCollection<EventTypeInfo> Types => _byType.Values;

    public EventTypeTable(IEnumerable<EventTypeInfo> types) => _byType = types.ToDictionary(t => t.Type, StringComparer.Ordinal);

    public EventTypeInfo this[string type] => _byType.TryGetValue(type, out var t) ? t : _byType["OTHER"];
    public bool Contains(string type) => _byType.ContainsKey(type);

    private static readonly Lazy<EventTypeTable> Embedded = new(() => Parse(KnowledgeFiles.Embedded("event-types.tsv")));
    public static EventTypeTable Default => Embedded.Value;

    public static EventTypeTable Parse(TextReader reader)
    {
        var types = new List<EventTypeInfo>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length < 5) throw new FormatException($"event-types.tsv: bad line '{line}'");
            types.Add(new EventTypeInfo(c[0], c[1], c[2], int.Parse(c[3], System.Globalization.CultureInfo.InvariantCulture), c[4]));
        }
        return new EventTypeTable(types);
    }
}

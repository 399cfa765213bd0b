using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Web.Model;

// A typed reading of the contract JSON the store keeps (../shared/CONTRACT.md, schema 1). The web layer only
// reads documents, so these are plain DTOs; unknown fields (added by later stages) are ignored.

public sealed class ContractDocument
{
    public string Id { get; init; } = "";
    public ContractSource Source { get; init; } = new();
    public ContractOutlet Outlet { get; init; } = new();
    public string? Language { get; init; }
    public string? Title { get; init; }
    public List<string> Authors { get; init; } = [];
    public ContractPublished? Published { get; init; }
    public string Body { get; init; } = "";
    public List<ContractComment> Comments { get; init; } = [];
    public List<ContractEntity> Entities { get; init; } = [];
    public List<ContractPlace> Places { get; init; } = [];
    public List<ContractAttribution> Attributions { get; init; } = [];
    public List<ContractEvent> Events { get; init; } = [];
    public List<string> Warnings { get; init; } = [];

    public string OutletLabel => Outlet.Name ?? Outlet.Domain ?? "(unknown outlet)";

    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    public static ContractDocument Parse(string json) =>
        JsonSerializer.Deserialize<ContractDocument>(json, Options) ?? throw new JsonException("empty document JSON");
}

public sealed class ContractSource
{
    public string? Path { get; init; }
    public string? Url { get; init; }
    public string? Format { get; init; }
}

public sealed class ContractOutlet
{
    public string? Name { get; init; }
    public string? Domain { get; init; }
}

public sealed class ContractPublished
{
    public string? Date { get; init; }
    public string? Precision { get; init; }
    public string? Evidence { get; init; }
    public double Confidence { get; init; }
}

public sealed class ContractComment
{
    public string? Author { get; init; }
    public string? Date { get; init; }
    public string Text { get; init; } = "";
}

public sealed class ContractEntity
{
    public string Text { get; init; } = "";
    public int Start { get; init; }
    public int End { get; init; }
    public string? Type { get; init; }
    public string? Canonical { get; init; }
    public string? Kb { get; init; }

    /// <summary>The key the store indexes this entity under (and the entity page's address).</summary>
    public string Key => Canonical ?? Text;
}

public sealed class ContractPlace
{
    public string Text { get; init; } = "";
    public int Start { get; init; }
    public int End { get; init; }
    public string Name { get; init; } = "";
    public string? Country { get; init; }
    public double Lat { get; init; }
    public double Lon { get; init; }
    public long? Geonameid { get; init; }
    public string? Kind { get; init; }
}

public sealed class ContractAttribution
{
    public string? Kind { get; init; }
    public string? Content { get; init; }
    public int ContentStart { get; init; }
    public int ContentEnd { get; init; }
    public string? Cue { get; init; }
    public int CueStart { get; init; }
    public int CueEnd { get; init; }
    public string? Source { get; init; }
    public int SourceStart { get; init; }
    public int SourceEnd { get; init; }
    public string? SourceCanonical { get; init; }
    public string? SourceType { get; init; }

    public string Speaker => SourceCanonical ?? Source ?? "(unnamed source)";
}

public sealed class ContractEvent
{
    public string Type { get; init; } = "OTHER";
    public string? Category { get; init; }
    public string? Sentence { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public ContractEventDate? Date { get; init; }
    public ContractEventPlace? Place { get; init; }
    public List<string> Actors { get; init; } = [];
    public List<string> Targets { get; init; } = [];
    public List<ContractQuantity> Quantities { get; init; } = [];
    public string? AttributedTo { get; init; }
}

public sealed class ContractEventDate
{
    public string? Date { get; init; }
    public string? Precision { get; init; }
}

public sealed class ContractEventPlace
{
    public string? Name { get; init; }
    public double Lat { get; init; }
    public double Lon { get; init; }
    public string? Country { get; init; }
}

public sealed class ContractQuantity
{
    public double Value { get; init; }
    public string? Approx { get; init; }
    public string? Unit { get; init; }
    public string? Kind { get; init; }

    /// <summary>"more than 80 terrorists killed".</summary>
    public override string ToString() =>
        string.Join(' ', new[] { Approx, Value.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture), Unit, Kind is "other" ? null : Kind }
            .Where(s => !string.IsNullOrEmpty(s)));
}

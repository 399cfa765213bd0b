namespace Sitrep.Documents;

// The standoff annotation layers of a document (contract fields). Each analysis stage adds one;
// none of them changes the body text. Offsets are UTF-16 indices into Document.Body.

/// <summary>A reader comment kept apart from the article.</summary>
public sealed record Comment(string? Author, string? Date, string Text);

public sealed record Outlet(string? Name, string? Domain)
{
    public static readonly Outlet Unknown = new(null, null);
}

/// <summary>The publication date with how sure we are and why.</summary>
public sealed record PublishedDate(string Date, string Precision, string Evidence, double Confidence);

public sealed record EntityMention(TextSpan Span, string Text, string Type, string? Canonical, string? Kb);

public sealed record PlaceMention(
    TextSpan Span, string Text, string Name, string? Country,
    double Lat, double Lon, long? GeonameId, string Kind);

/// <summary>Who said what. <see cref="Via"/> (optional) is the outlet that carried the words ("… told Sputnik", "RT reports …").</summary>
public sealed record Attribution(
    string Kind, TextSpan Content, TextSpan Cue, TextSpan Source,
    string? SourceCanonical, string SourceType, string? ContentText = null, string? CueText = null, string? SourceText = null,
    string? Via = null);

public sealed record EventDate(string Date, string Precision);

public sealed record EventPlace(string Name, double Lat, double Lon, string? Country);

public sealed record Quantity(double Value, string? Approx, string? Unit, string Kind);

public sealed record Event(
    string Type, string Category, TextSpan Sentence,
    EventDate? Date, EventPlace? Place,
    IReadOnlyList<string> Actors, IReadOnlyList<string> Targets,
    IReadOnlyList<Quantity> Quantities, string? AttributedTo);

/// <summary>A stretch of the page that extraction removed as chrome, kept so a reader can see what was cut.</summary>
public sealed record RemovedBlock(string Text, string Reason);

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
    double Lat, double Lon, long? GeonameId, string Kind)
{
    /// <summary>How sure the pin is, when less than a gazetteer match (a street pinned at its town: 0.5); null otherwise.</summary>
    public double? Confidence { get; init; }
    /// <summary>What the reader should know about the point ("the point is Harare's, the town it is in"); null when nothing.</summary>
    public string? Note { get; init; }
}

/// <summary>Who said what. <see cref="Via"/> (optional) is the outlet that carried the words ("… told Sputnik", "RT reports …").</summary>
public sealed record Attribution(
    string Kind, TextSpan Content, TextSpan Cue, TextSpan Source,
    string? SourceCanonical, string SourceType, string? ContentText = null, string? CueText = null, string? SourceText = null,
    string? Via = null);

/// <summary>When an event happened. <see cref="Date"/> is ISO 8601 ("2017-05-25"; "--05-25" when the year is unknown);
/// <see cref="Text"/> is the expression it was read from, <see cref="End"/> the last day of a span ("the night of May 29 to 30"),
/// <see cref="Warning"/> says why the date may be wrong (the article's own date is missing or uncertain).</summary>
public sealed record EventDate(string Date, string Precision, string? Text = null, string? End = null, string? Warning = null);

public sealed record EventPlace(string Name, double Lat, double Lon, string? Country);

/// <summary>A figure of an event. For a range ("10 to 15") <see cref="Value"/> is the conservative lower bound and <see cref="Max"/> the upper.</summary>
public sealed record Quantity(double Value, string? Approx, string? Unit, string Kind, double? Max = null, string? Text = null);

public sealed record Event(
    string Type, string Category, TextSpan Sentence,
    EventDate? Date, EventPlace? Place,
    IReadOnlyList<string> Actors, IReadOnlyList<string> Targets,
    IReadOnlyList<Quantity> Quantities, string? AttributedTo,
    string Modality = "asserted", string? Subtype = null, TextSpan Trigger = default);
// Modality (PLOVER's context flags): asserted | hypothetical | future | negated. Subtype: a finer label where
// the contract's type is coarse (OTHER: NATURAL_DISASTER, MAN_MADE_DISASTER, ORG_CRIME; STATEMENT: CLAIM, ACCUSATION, DENIAL).

/// <summary>A stretch of the page that extraction removed as chrome, kept so a reader can see what was cut.</summary>
public sealed record RemovedBlock(string Text, string Reason)
{
    // The text, or a function that renders it on first read: the HTML extractor logs every block it cuts
    // (whole navigation trees), and rendering them all up front was a third of pruning time for a layer that
    // most runs never read. A lazy block keeps the cut element (and so the parsed page) alive until read.
    private object _text = Text;

    /// <summary>A block whose text is rendered by <paramref name="render"/> when first read.</summary>
    public RemovedBlock(Func<string> render, string reason) : this("", reason) => _text = render;

    public string Text
    {
        get
        {
            // One read of the field: two threads may both render (same text), neither sees a half state.
            var value = _text;
            if (value is string text) return text;
            text = ((Func<string>)value)();
            _text = text;
            return text;
        }
        init => _text = value;
    }

    // Equal by what a reader sees, rendered or not.
    public bool Equals(RemovedBlock? other) => other is not null && Text == other.Text && Reason == other.Reason;

    public override int GetHashCode() => HashCode.Combine(Text, Reason);
}

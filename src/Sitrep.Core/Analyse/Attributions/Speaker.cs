namespace Sitrep.Analyse.Attributions;

/// <summary>Who a source phrase refers to: the entity's canonical name (null when the text names no one) and the
/// contract's source_type: person, organization, government, media, anonymous or unknown.</summary>
public readonly record struct Speaker(string? Canonical, string Type)
{
    public static readonly Speaker Unknown = new(null, "unknown");
    public static readonly Speaker Anonymous = new(null, "anonymous");
    /// <summary>A person the text does not name ("I", the writer).</summary>
    public static readonly Speaker Person = new(null, "person");
}

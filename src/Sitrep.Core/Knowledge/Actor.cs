namespace Sitrep.Knowledge;

/// <summary>One actor of the knowledge base: a person, organisation, armed group or state.</summary>
public sealed record Actor(
    string Kb, string Type, string Canonical, IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Roles, string? Country, string? Note);

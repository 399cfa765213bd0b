using Sitrep.Documents;

namespace Sitrep.Analyse.Entities;

/// <summary>A name found in the body, before coreference. <see cref="FromGazetteer"/> marks names the
/// gazetteer knows, which the place stage resolves; <see cref="TokenStart"/>..<see cref="TokenEnd"/> are token indexes.</summary>
public sealed record Mention(
    TextSpan Span, string Text, string Type, string Canonical, string? Kb,
    int TokenStart, int TokenEnd, bool FromGazetteer = false, bool SentenceStart = false, bool PlaceCued = false);

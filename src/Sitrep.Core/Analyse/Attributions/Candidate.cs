namespace Sitrep.Analyse.Attributions;

/// <summary>
/// An attribution as the reader first sees it, before conflicts are settled and the speaker is resolved.
/// Word indexes for the cue, source and the outlet that carried the words (<see cref="ViaFirst"/>, -1: none);
/// UTF-16 offsets for the content. <see cref="InheritedFrom"/> is the candidate whose source a participle
/// (", adding that …") continues.
/// </summary>
public sealed record Candidate(
    CueKind Kind, int Strength, int CueFirst, int CueEnd,
    int SourceFirst, int SourceEnd, int ContentStart, int ContentEnd,
    bool ContentBefore, int ViaFirst = -1, int ViaEnd = -1, Candidate? InheritedFrom = null)
{
    public bool HasSource => SourceEnd > SourceFirst;

    // Character offsets of the cue and source, filled by the stage once the words are known (-1: none).
    public int CueStartChar { get; init; } = -1;
    public int CueEndChar { get; init; } = -1;
    public int SourceStartChar { get; init; } = -1;
    public int SourceEndChar { get; init; } = -1;
}

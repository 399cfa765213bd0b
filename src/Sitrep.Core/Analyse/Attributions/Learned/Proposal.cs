namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>A learned attribution before it is combined with the rules': its reporting sentence (index into the
/// units), cue words [<see cref="CueFirst"/>, <see cref="CueEnd"/>), the cue's score and the content chosen for it.</summary>
public readonly record struct Proposal(int Unit, int CueFirst, int CueEnd, float Score, ContentChoice Content);

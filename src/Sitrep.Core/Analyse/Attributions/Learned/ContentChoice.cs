namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>Where a cue's content may lie: the rest of the sentence after the cue, the clause after it (to the next
/// comma or dash), the words before it ("…, Lavrov said"), or the quotation nearest to it.</summary>
public enum ChoiceKind : byte { After, AfterClause, Before, Quote }

/// <summary>A candidate content [<see cref="First"/>, <see cref="End"/>) and the source phrase that goes with it
/// (word indexes; source -1 when the sentence names none).</summary>
public readonly record struct ContentChoice(ChoiceKind Kind, int First, int End, int SourceFirst, int SourceEnd)
{
    public bool HasSource => SourceEnd > SourceFirst;
}

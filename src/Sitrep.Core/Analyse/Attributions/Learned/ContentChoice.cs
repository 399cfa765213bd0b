namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>Where a cue's content may lie: the rest of the sentence after the cue, the clause after it (to the next
/// comma or dash), the phrase after it (to a conjunction: "sick of the status quo and paint her …"), the object after
/// it (to a preposition: "threatened to run away from the field Thursday night"), the words before it ("…, Lavrov
/// said"), those words with the quotation that continues them in the next sentence ("“A,” she added. “B.”"), or the
/// quotation nearest to it.</summary>
public enum ChoiceKind : byte { After, AfterClause, Before, Quote, AfterPhrase, AfterObject, BeforeContinued }

/// <summary>A candidate content [<see cref="First"/>, <see cref="End"/>) and the source phrase that goes with it
/// (word indexes; source -1 when the sentence names none).</summary>
public readonly record struct ContentChoice(ChoiceKind Kind, int First, int End, int SourceFirst, int SourceEnd)
{
    public bool HasSource => SourceEnd > SourceFirst;
}

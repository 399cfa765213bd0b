namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>Where a cue's content may lie: the rest of the sentence after the cue, the clause after it (to the next
/// comma or dash), the phrase after it (to a conjunction: "sick of the status quo and paint her …"), the object after
/// it (to a preposition: "threatened to run away from the field Thursday night"), the words before it ("…, Lavrov
/// said"), those words with the quotation that continues them in the next sentence ("“A,” she added. “B.”"), or the
/// quotation nearest to it; and, for boundaries the first cut misses (issue 5: 245 dev contents too long, 90 too short),
/// the rest of the sentence up to a later comma or dash (<see cref="ChoiceKind.AfterLater"/>: "to sign up 5 million
/// people[, focusing on …]" after "…, 5 million people,"), and the object of the preposition that closes a long cue
/// ("has come out in support of [Cruz]", "did not immediately respond to [requests for comment]":
/// <see cref="ChoiceKind.PrepObject"/> to the clause's end, <see cref="ChoiceKind.PrepPhrase"/> to the next preposition);
/// and from the clause layer (Clauses/Clauses.cs), the rest of the sentence up to the first clause boundary
/// (<see cref="ChoiceKind.AfterCut"/>: "… at a rally[ when he told …]", "…[, and the mayor ordered …]") and the clause from
/// a "that", "whether" or "if" a few words after the cue (<see cref="ChoiceKind.AfterThat"/>: "told The Post and Courier
/// on Saturday [that he cast his ballot for Rubio]"); and for "according to", whose source follows it, the rest of the sentence
/// after the source's comma (<see cref="ChoiceKind.AfterSource"/>: "According to an archived version of the website, [“Title
/// Sponsor” was …]") and the words before it with no comma between (<see cref="ChoiceKind.BeforeAccording"/>: "[… 46 percent to
/// 39 percent] according to a CBS poll").</summary>
public enum ChoiceKind : byte { After, AfterClause, Before, Quote, AfterPhrase, AfterObject, BeforeContinued, AfterLater, PrepObject, PrepPhrase, AfterCut, AfterThat, AfterSource, BeforeAccording }

/// <summary>A candidate content [<see cref="First"/>, <see cref="End"/>) and the source phrase that goes with it
/// (word indexes; source -1 when the sentence names none).</summary>
public readonly record struct ContentChoice(ChoiceKind Kind, int First, int End, int SourceFirst, int SourceEnd)
{
    public bool HasSource => SourceEnd > SourceFirst;
}

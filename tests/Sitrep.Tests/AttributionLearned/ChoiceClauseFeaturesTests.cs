using AwesomeAssertions;
using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Learned;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.AttributionLearned;

/// <summary>
/// Issue 5: the content chooser's view of what lies past a candidate's end (<see cref="ChoiceFeatures"/>: the clause
/// boundary where it stops, and whether the rest of the sentence holds a verb of its own). Each pair of sentences below
/// is the same up to and including the word after the candidate's comma, with the same length after it, so the older
/// features (cue, kind, length, first and last words, the mark and word at the stop) give both the same evidence.
/// </summary>
public class ChoiceClauseFeaturesTests
{
    private static readonly CueLexicon Cues = CueLexicon.Default;
    private static readonly Phrases Phrases = new(SourceWords.Default);

    /// <summary>The features of the candidate "the plan" (to the first comma) after "said".</summary>
    private static int[] FirstClauseFeatures(string text)
    {
        var words = WordSplitter.Split(text, QuoteScanner.Outer(text));
        var units = Units.Split(words, Cues);
        var said = Array.FindIndex(words, x => x.Lower == "said");
        var choices = new List<ContentChoice>();
        new ContentChoices(Phrases).For(words, units[0], said, said + 1, choices);
        var clause = choices.Single(c => c.Kind == ChoiceKind.AfterClause);
        text[words[clause.First].Start..words[clause.End - 1].End].Should().Be("the plan");
        var f = new Features(ChoiceFeatures.Bits);
        ChoiceFeatures.Extract(words, units[0], said, said + 1, clause, Cues, f);
        return f.Indexes.ToArray();
    }

    [Fact]
    public void A_rest_with_its_own_verb_is_other_evidence_than_a_verbless_list_tail()
    {
        // "said [the plan], the map and the budget were quite new": the claim's verb lies past the comma, so stopping
        // there cuts the claim; "…, the map and the budget of the city" is a list with no verb, a tail the cue's object may leave.
        var verb = FirstClauseFeatures("Officials said the plan, the map and the budget were quite new.\n");
        var list = FirstClauseFeatures("Officials said the plan, the map and the budget of the city.\n");
        verb.Except(list).Should().NotBeEmpty();
    }

    [Fact]
    public void A_new_clause_after_the_stop_is_other_evidence_than_a_coordinated_noun()
    {
        // ", and the mayor resigned" opens a clause of its own (the clause layer's cut); ", and the mayor's own office" does not.
        var clause = FirstClauseFeatures("Officials said the plan, and the mayor resigned over it.\n");
        var noun = FirstClauseFeatures("Officials said the plan, and the mayor's own office.\n");
        clause.Except(noun).Should().NotBeEmpty();
    }
}

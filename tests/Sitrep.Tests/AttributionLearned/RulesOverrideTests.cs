using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Learned;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.AttributionLearned;

/// <summary>A confident learned proposal that collides with a rules' reading: it cuts a content that runs over its cue
/// (PolNeAR: an outer content stops before a nested attribution), or replaces a reading whose cue the model doubts.</summary>
public class RulesOverrideTests
{
    private const string Nested = "The mayor said the plan would cost too much - critics say it was never funded.";
    private const string Noun = "Ms. Lee promised voters that her pledge to cut taxes would hold.";

    private static Word[] Words(string text) => WordSplitter.Split(text, QuoteScanner.Outer(text));

    private static int At(Word[] w, string word, int from = 0) => Array.FindIndex(w, from, x => x.Lower == word);

    private static TextSpan Span(Word[] w, int first, int end) => new(w[first].Start, w[end - 1].End);

    private static string Text(string text, TextSpan s) => text[s.Start..s.End];

    private static Attribution Reading(Word[] w, int cue, int contentFirst, int contentEnd, int sourceFirst = -1, int sourceEnd = -1) =>
        new("indirect", Span(w, contentFirst, contentEnd), Span(w, cue, cue + 1), sourceFirst < 0 ? new TextSpan(w[cue].Start, w[cue].Start) : Span(w, sourceFirst, sourceEnd), null, "unknown");

    private static float[] Margins(Word[] w, int cue, float score)
    {
        var m = new float[w.Length];
        Array.Fill(m, float.NegativeInfinity);
        m[cue] = score;
        return m;
    }

    [Fact]
    public void A_strong_learned_cue_inside_a_rules_content_ends_that_content_before_its_clause()
    {
        var w = Words(Nested);
        var (said, say, stop) = (At(w, "said"), At(w, "say"), w.Length - 1);
        var outer = Reading(w, said, said + 1, stop, 0, said);
        var inner = new Proposal(0, say, say + 1, 20f, new ContentChoice(ChoiceKind.After, say + 1, stop, -1, -1));
        var (rules, taken) = RulesOverride.Apply(w, [outer], [inner], Margins(w, said, 5f), new OverrideMargins(10f, float.PositiveInfinity));
        Assert.Equal("the plan would cost too much", Text(Nested, Assert.Single(rules).Content));
        Assert.Equal(inner, Assert.Single(taken));
    }

    [Fact]
    public void A_learned_cue_below_the_split_margin_leaves_the_rules_content_whole()
    {
        var w = Words(Nested);
        var (said, say, stop) = (At(w, "said"), At(w, "say"), w.Length - 1);
        var outer = Reading(w, said, said + 1, stop, 0, said);
        var inner = new Proposal(0, say, say + 1, 8f, new ContentChoice(ChoiceKind.After, say + 1, stop, -1, -1));
        var (rules, taken) = RulesOverride.Apply(w, [outer], [inner], Margins(w, said, 5f), new OverrideMargins(10f, float.PositiveInfinity));
        Assert.Equal(outer, Assert.Single(rules));
        Assert.Empty(taken);
    }

    [Fact]
    public void A_confident_proposal_replaces_a_rules_reading_whose_cue_the_model_doubts()
    {
        var w = Words(Noun);
        var (promised, pledge, stop) = (At(w, "promised"), At(w, "pledge"), w.Length - 1);
        var noun = Reading(w, pledge, pledge + 1, At(w, "would"));
        var learned = new Proposal(0, promised, promised + 1, 12f, new ContentChoice(ChoiceKind.AfterThat, At(w, "that"), stop, 0, promised));
        var margins = Margins(w, pledge, 0f);
        var (rules, taken) = RulesOverride.Apply(w, [noun], [learned], margins, new OverrideMargins(float.PositiveInfinity, 8f));
        Assert.Empty(rules);
        Assert.Equal(learned, Assert.Single(taken));

        margins[pledge] = 6f; // the model trusts the rules' cue: the reading stays and the proposal is left out
        (rules, taken) = RulesOverride.Apply(w, [noun], [learned], margins, new OverrideMargins(float.PositiveInfinity, 8f));
        Assert.Equal(noun, Assert.Single(rules));
        Assert.Empty(taken);
    }

    [Fact]
    public void A_replacing_proposal_is_kept_by_the_combine_step_and_others_that_collide_are_not()
    {
        var w = Words(Noun);
        var (promised, pledge, stop) = (At(w, "promised"), At(w, "pledge"), w.Length - 1);
        var noun = Reading(w, pledge, pledge + 1, At(w, "would"));
        var learned = new Proposal(0, promised, promised + 1, 12f, new ContentChoice(ChoiceKind.AfterThat, At(w, "that"), stop, 0, promised));
        var units = Units.Split(w, CueLexicon.Default);
        Assert.Empty(LearnedReader.Select(w, units, [learned], [noun], CombinePolicy.NoOverlap));
        var (rules, taken) = RulesOverride.Apply(w, [noun], [learned], Margins(w, pledge, 0f), new OverrideMargins(float.PositiveInfinity, 8f));
        Assert.Equal(learned, Assert.Single(LearnedReader.Select(w, units, [learned], rules, CombinePolicy.NoOverlap, taken)));
    }

    [Fact]
    public void A_proposal_on_the_rules_own_cue_is_left_to_the_content_swap()
    {
        var w = Words(Noun);
        var (pledge, stop) = (At(w, "pledge"), w.Length - 1);
        var noun = Reading(w, pledge, pledge + 1, At(w, "would"));
        var same = new Proposal(0, pledge, pledge + 1, 30f, new ContentChoice(ChoiceKind.After, pledge + 1, stop, -1, -1));
        var (rules, taken) = RulesOverride.Apply(w, [noun], [same], Margins(w, pledge, 0f), new OverrideMargins(0f, 0f));
        Assert.Equal(noun, Assert.Single(rules));
        Assert.Empty(taken);
    }

    [Fact]
    public void A_quoted_rules_reading_is_never_replaced()
    {
        var w = Words(Noun);
        var (promised, pledge, stop) = (At(w, "promised"), At(w, "pledge"), w.Length - 1);
        var quoted = Reading(w, pledge, pledge + 1, At(w, "would")) with { Kind = "mixed" };
        var learned = new Proposal(0, promised, promised + 1, 30f, new ContentChoice(ChoiceKind.AfterThat, At(w, "that"), stop, 0, promised));
        var (rules, taken) = RulesOverride.Apply(w, [quoted], [learned], Margins(w, pledge, 0f), new OverrideMargins(float.PositiveInfinity, 8f));
        Assert.Equal(quoted, Assert.Single(rules));
        Assert.Empty(taken);
    }

    [Fact]
    public void A_split_that_would_leave_the_outer_reading_nothing_does_not_happen()
    {
        const string text = "The minister noted, according to the instructions, that all members must comply.";
        var w = Words(text);
        var (noted, according, stop) = (At(w, "noted"), At(w, "according"), w.Length - 1);
        var outer = Reading(w, noted, according, stop);
        var inner = new Proposal(0, according, according + 2, 30f, new ContentChoice(ChoiceKind.AfterSource, At(w, "that"), stop, according + 2, At(w, "that") - 1));
        var (rules, taken) = RulesOverride.Apply(w, [outer], [inner], Margins(w, noted, 5f), new OverrideMargins(10f, float.PositiveInfinity));
        Assert.Equal(outer, Assert.Single(rules));
        Assert.Empty(taken);
    }

    [Fact]
    public void The_override_margins_survive_a_saved_model()
    {
        var model = new AttributionModel(new float[1 << CueFeatures.Bits], new float[1 << ChoiceFeatures.Bits], ["said"], 1.25f, CombinePolicy.NoOverlap, 6f)
            { Overrides = new OverrideMargins(10f, 8f) };
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = AttributionModel.Load(stream);
        Assert.Equal(new OverrideMargins(10f, 8f), loaded.Overrides);
        Assert.Equal(new OverrideMargins(10f, 8f), loaded.With(2f, CombinePolicy.NoOverlap).Overrides);
    }
}

using AwesomeAssertions;
using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Learned;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.AttributionLearned;

/// <summary>
/// Issue 5: the learned layer's second opinion on what the rules read. <see cref="RulesCoverage"/> tells the cue
/// classifier where the rules' spans lie; <see cref="RulesContentSwap"/> lets the content chooser re-cut a rules'
/// content when it clearly prefers another candidate of the same cue. The chooser here is a hand-set model that
/// prefers the clause up to the comma, so the tests do not depend on training.
/// </summary>
public class RulesSecondOpinionTests
{
    private const string Text = "The minister said that the bridge was destroyed, and the road north of the town stayed closed for days.\n\nFighting went on.\n";
    private static readonly CueLexicon Cues = CueLexicon.Default;
    private static readonly Phrases Phrases = new(SourceWords.Default);

    private static (Word[] Words, List<Unit> Units) Read(string text)
    {
        var words = WordSplitter.Split(text, QuoteScanner.Outer(text));
        return (words, Units.Split(words, Cues));
    }

    private static int IndexOf(Word[] w, string lower) => Array.FindIndex(w, x => x.Lower == lower);

    private static TextSpan Span(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }

    /// <summary>A rules' attribution of "said" whose content is the whole rest of the sentence.</summary>
    private static Attribution RulesReading(string kind = "indirect") => new(kind,
        Span(Text, "that the bridge was destroyed, and the road north of the town stayed closed for days"),
        Span(Text, "said"), Span(Text, "The minister"), null, "unknown");

    /// <summary>A model whose chooser prefers "said"'s clause candidate (up to the comma) over the rest of the sentence.</summary>
    private static AttributionModel ClausePreferring(float swapGap = RulesContentSwap.Never)
    {
        var (w, units) = Read(Text);
        var said = IndexOf(w, "said");
        var choices = new List<ContentChoice>();
        new ContentChoices(Phrases).For(w, units[0], said, said + 1, choices);
        var weights = new float[1 << ChoiceFeatures.Bits];
        var f = new Features(ChoiceFeatures.Bits);
        foreach (var c in choices)
        {
            var delta = c.Kind == ChoiceKind.AfterClause ? 1f : c.Kind == ChoiceKind.After ? -1f : 0f;
            ChoiceFeatures.Extract(w, units[0], said, said + 1, c, Cues, f);
            foreach (var i in f.Indexes) weights[i] += delta;
        }
        return new AttributionModel(new float[1 << CueFeatures.Bits], weights, ["said"], 1000f, CombinePolicy.NoOverlap, swapGap);
    }

    [Fact]
    public void Coverage_marks_the_rules_cue_content_and_source_and_the_rest_of_their_sentence()
    {
        var (w, units) = Read(Text);
        var code = RulesCoverage.Of(w, units, [RulesReading()]);
        code[IndexOf(w, "minister")].Should().Be(RulesCoverage.InSource);
        code[IndexOf(w, "said")].Should().Be(RulesCoverage.InCue);
        code[IndexOf(w, "bridge")].Should().Be(RulesCoverage.InContent);
        code[IndexOf(w, "fighting")].Should().Be(RulesCoverage.Elsewhere);
    }

    [Fact]
    public void Coverage_without_rules_output_is_elsewhere_throughout()
    {
        var (w, units) = Read(Text);
        RulesCoverage.Of(w, units, []).Should().OnlyContain(c => c == RulesCoverage.Elsewhere);
    }

    [Fact]
    public void A_learned_cue_run_touching_the_rules_spans_is_masked_before_the_chooser_is_asked()
    {
        var (w, units) = Read(Text);
        var code = RulesCoverage.Of(w, units, [RulesReading()]);
        var margins = new float[w.Length];
        var (minister, said, fighting, went) = (IndexOf(w, "minister"), IndexOf(w, "said"), IndexOf(w, "fighting"), IndexOf(w, "went"));
        margins[said] = margins[said + 1] = 5f;
        margins[fighting] = margins[went] = 5f;
        RulesCoverage.MaskHeld(margins, units, code, 1f);
        margins[said].Should().Be(float.NegativeInfinity);
        margins[said + 1].Should().Be(float.NegativeInfinity);
        margins[minister].Should().Be(0f);
        margins[fighting].Should().Be(5f);
        margins[went].Should().Be(5f);
    }

    [Fact]
    public void The_chooser_re_cuts_a_rules_content_it_clearly_prefers_another_cut_of()
    {
        var (w, units) = Read(Text);
        var swapped = new RulesContentSwap(ClausePreferring(), Cues, Phrases).Apply(w, units, [RulesReading()], 0f).Should().ContainSingle().Subject;
        swapped.Content.Of(Text).Should().Be("that the bridge was destroyed");
        swapped.Cue.Of(Text).Should().Be("said");
        swapped.Source.Of(Text).Should().Be("The minister");
    }

    [Fact]
    public void A_rules_cut_the_candidates_cannot_make_is_scored_and_re_cut_too()
    {
        var (w, units) = Read(Text);
        var odd = RulesReading() with { Content = Span(Text, "that the bridge was destroyed, and the road north") };
        var swapped = new RulesContentSwap(ClausePreferring(), Cues, Phrases).Apply(w, units, [odd], 0f).Should().ContainSingle().Subject;
        swapped.Content.Of(Text).Should().Be("that the bridge was destroyed");
    }

    [Fact]
    public void A_preference_within_the_gap_keeps_the_rules_content()
    {
        var (w, units) = Read(Text);
        var swap = new RulesContentSwap(ClausePreferring(), Cues, Phrases);
        swap.Apply(w, units, [RulesReading()], 1e6f).Should().Equal(RulesReading());
        swap.Apply(w, units, [RulesReading()], RulesContentSwap.Never).Should().Equal(RulesReading());
    }

    [Fact]
    public void A_quoted_rules_content_is_never_re_cut()
    {
        var (w, units) = Read(Text);
        new RulesContentSwap(ClausePreferring(), Cues, Phrases).Apply(w, units, [RulesReading("mixed")], 0f).Should().Equal(RulesReading("mixed"));
    }

    [Fact]
    public void The_stage_applies_the_models_swap_gap_and_keeps_the_rules_speaker()
    {
        var rules = new AttributionStage((AttributionModel?)null).Read(Text, []);
        var withModel = new AttributionStage(ClausePreferring(swapGap: 0f)).Read(Text, []);
        withModel.Should().HaveCount(rules.Count);
        var said = withModel.Should().ContainSingle(a => a.Cue.Of(Text) == "said").Subject;
        said.Content.Of(Text).Should().Be("that the bridge was destroyed");
        said.Source.Should().Be(rules.Single(a => a.Cue.Of(Text) == "said").Source);
    }

    [Fact]
    public void The_swap_gap_survives_saving_and_loading()
    {
        using var stream = new MemoryStream();
        ClausePreferring(swapGap: 6f).Save(stream);
        stream.Position = 0;
        AttributionModel.Load(stream).SwapGap.Should().Be(6f);
    }
}

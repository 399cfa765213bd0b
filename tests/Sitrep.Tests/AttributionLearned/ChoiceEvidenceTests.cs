using AwesomeAssertions;
using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Learned;
using Sitrep.Documents;
using Xunit;

namespace Sitrep.Tests.AttributionLearned;

/// <summary>
/// Issue 5: the content chooser's evidence about the rules' cut of the same cue (<see cref="RulesCut"/>), the
/// "according to" choices of <see cref="ContentChoices"/>, and the widening of a learned cue over its phrase
/// (<see cref="CuePhrase"/>).
/// </summary>
public class ChoiceEvidenceTests
{
    private static readonly CueLexicon Cues = CueLexicon.Default;
    private static readonly Phrases Phrases = new(SourceWords.Default);

    private static (Word[] Words, List<Unit> Units) Read(string text)
    {
        var words = WordSplitter.Split(text, QuoteScanner.Outer(text));
        return (words, Units.Split(words, Cues));
    }

    private static int IndexOf(Word[] w, string lower, int from = 0) => Array.FindIndex(w, from, x => x.Lower == lower);

    private static TextSpan Span(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        return new TextSpan(start, start + part.Length);
    }

    private static string Cut(string text, Word[] w, int first, int end) => text[w[first].Start..w[end - 1].End];

    private const string Said = "The minister said that the bridge was destroyed, and the road stayed closed for days.\n";

    [Fact]
    public void The_rules_cut_is_found_for_an_overlapping_cue_and_related_to_each_candidate()
    {
        var (w, units) = Read(Said);
        var said = IndexOf(w, "said");
        var rules = new Attribution("indirect", Span(Said, "that the bridge was destroyed"), Span(Said, "said"), Span(Said, "The minister"), null, "unknown");
        var cut = RulesCut.For(w, units[0], said, said + 1, [rules]);
        Cut(Said, w, cut.First, cut.End).Should().Be("that the bridge was destroyed");
        cut.Relation(cut.First, cut.End).Should().Be(4);
        cut.Relation(cut.First, cut.End + 3).Should().Be(2);
        cut.Relation(cut.First + 1, cut.End).Should().Be(3);
        cut.Relation(cut.First + 1, cut.End + 3).Should().Be(1);
        RulesCut.None.Relation(cut.First, cut.End).Should().Be(0);
    }

    [Fact]
    public void Quoted_rules_contents_give_no_rules_cut()
    {
        const string text = "The minister said “the bridge was destroyed.”\n";
        var (w, units) = Read(text);
        var said = IndexOf(w, "said");
        var rules = new Attribution("direct", Span(text, "“the bridge was destroyed.”"), Span(text, "said"), Span(text, "The minister"), null, "unknown");
        RulesCut.For(w, units[0], said, said + 1, [rules]).Exists.Should().BeFalse();
    }

    [Fact]
    public void A_candidate_that_is_the_rules_cut_carries_features_the_same_candidate_lacks_without_it()
    {
        var (w, units) = Read(Said);
        var said = IndexOf(w, "said");
        var choices = new List<ContentChoice>();
        new ContentChoices(Phrases).For(w, units[0], said, said + 1, choices);
        var after = choices.First(c => c.Kind == ChoiceKind.After);
        var f = new Features(ChoiceFeatures.Bits);
        ChoiceFeatures.Extract(w, units[0], said, said + 1, after, Cues, f);
        var without = f.Indexes.ToArray();
        ChoiceFeatures.Extract(w, units[0], said, said + 1, after, Cues, f, new RulesCut(after.First, after.End));
        var asRules = f.Indexes.ToArray();
        ChoiceFeatures.Extract(w, units[0], said, said + 1, after, Cues, f, new RulesCut(after.First, after.End - 2));
        var sameStart = f.Indexes.ToArray();
        asRules.Except(without).Should().NotBeEmpty();
        asRules.Except(sameStart).Should().NotBeEmpty("being the rules' cut is not the same evidence as sharing its start");
    }

    [Fact]
    public void According_to_at_the_start_offers_the_clause_after_the_source_with_that_source()
    {
        const string text = "According to Almasdar, both forces are aiming to block each other's path to the city.\n";
        var (w, units) = Read(text);
        var according = IndexOf(w, "according");
        var choices = new List<ContentChoice>();
        new ContentChoices(Phrases).For(w, units[0], according, according + 2, choices);
        var c = choices.Single(x => x.Kind == ChoiceKind.AfterSource && x.End == units[0].End - 1);
        Cut(text, w, c.First, c.End).Should().Be("both forces are aiming to block each other's path to the city");
        Cut(text, w, c.SourceFirst, c.SourceEnd).Should().Be("Almasdar");
        choices.Should().NotContain(x => x.First == according + 1, "no content starts inside the cue");
    }

    [Fact]
    public void According_to_closing_the_sentence_without_a_comma_offers_the_words_before_it()
    {
        const string text = "The senator now leads 46 percent to 39 percent according to a CBS poll.\n";
        var (w, units) = Read(text);
        var according = IndexOf(w, "according");
        var choices = new List<ContentChoice>();
        new ContentChoices(Phrases).For(w, units[0], according, according + 2, choices);
        var c = choices.Single(x => x.Kind == ChoiceKind.BeforeAccording);
        Cut(text, w, c.First, c.End).Should().Be("The senator now leads 46 percent to 39 percent");
    }

    [Fact]
    public void A_learned_cue_run_is_widened_over_according_to_and_an_extension_phrase_only()
    {
        const string text = "According to officials, the minister said in a statement that talks had failed and called for calm.\n";
        var (w, units) = Read(text);
        var according = IndexOf(w, "according");
        CuePhrase.Extend(w, units[0], according, according + 1, Cues).Should().Be(according + 2);
        var said = IndexOf(w, "said");
        Cut(text, w, said, CuePhrase.Extend(w, units[0], said, said + 1, Cues)).Should().Be("said in a statement");
        var called = IndexOf(w, "called");
        CuePhrase.Extend(w, units[0], called, called + 1, Cues).Should().Be(called + 1);
    }
}

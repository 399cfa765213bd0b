using Sitrep.Analyse.Attributions;

namespace Sitrep.Tests.Attributions;

public class QuoteScannerTests
{
    private static List<string> Outer(string text) => QuoteScanner.Outer(text).Select(q => text[q.Start..q.End]).ToList();

    [Theory]
    [InlineData("He said: “We will stay.” Then he left.", "“We will stay.”")]
    [InlineData("He said: \"We will stay.\" Then he left.", "\"We will stay.\"")]
    [InlineData("Il a dit : « Nous resterons » hier.", "« Nous resterons »")]
    [InlineData("Er sagte: „Wir bleiben“ gestern.", "„Wir bleiben“")]
    [InlineData("Er sagte: „Wir bleiben” gestern.", "„Wir bleiben”")]
    [InlineData("''This is not a combat mission,'' one official said.", "''This is not a combat mission,''")]
    public void Every_quotation_style_is_one_quotation(string text, string expected) =>
        Outer(text).Should().Equal(expected);

    [Fact]
    public void Nested_single_quotes_stay_inside_the_outer_quotation()
    {
        var text = "“They say there are ‘normal’ opposition groups,” Lavrov said.";
        var all = QuoteScanner.Scan(text);
        all.Should().HaveCount(2);
        var inner = all.Single(q => q.Depth == 1);
        text.Substring(inner.Start, inner.End - inner.Start).Should().Be("‘normal’");
        Outer(text).Should().Equal("“They say there are ‘normal’ opposition groups,”");
    }

    [Fact]
    public void Three_straight_marks_close_the_inner_single_and_the_outer_double_quotation()
    {
        // NYT style: the speaker after ''' must stay outside, or the rules never see "said Mr. Meyer".
        var text = "''I tell them, 'I'm sorry, but we don't care,''' said Mr. Meyer, who runs a firm. ''It is nasty.''";
        Outer(text).Should().Equal("''I tell them, 'I'm sorry, but we don't care,'''", "''It is nasty.''");
        var inner = QuoteScanner.Scan(text).Single(q => q.Depth == 1);
        text[inner.Start..inner.End].Should().Be("'I'm sorry, but we don't care,'");
    }

    [Fact]
    public void Apostrophes_are_not_quotes()
    {
        Outer("Russia's army and the SDF’s fighters don’t retreat.").Should().BeEmpty();
    }

    [Fact]
    public void A_quotation_continues_over_paragraphs_that_reopen_it()
    {
        var text = "The minister said:\n\n“The first convoy was destroyed.\n\n“Three motorcades left Raqqa.”\n\nThe army advanced.";
        Outer(text).Should().Equal("“The first convoy was destroyed.\n\n“Three motorcades left Raqqa.”");
    }

    [Fact]
    public void A_lost_opening_mark_quotes_from_the_paragraph_start()
    {
        var text = "Intro.\n\nThey are telling us not to hit it,” Lavrov said.";
        Outer(text).Should().Equal("They are telling us not to hit it,”");
    }

    [Fact]
    public void A_lost_closing_mark_ends_the_quotation_at_its_paragraph()
    {
        var text = "He said “we will win\n\nThe army advanced.";
        Outer(text).Should().Equal("“we will win");
    }
}

using Sitrep.Link;
using static Sitrep.Tests.Link.LinkFixtures;

namespace Sitrep.Tests.Link;

public class PassageAlignerTests
{
    private static ulong[] Grams(string text) => Shingles.At(WordTokens.Of(text));

    [Fact]
    public void A_quoted_statement_aligns_to_its_offsets_in_both_documents()
    {
        var passages = PassageAligner.Align(Grams(Convoys), Grams(Quoting));
        passages.Should().ContainSingle();
        var a = new LinkText("a", Convoys, null, null);
        var b = new LinkText("b", Quoting, null, null);
        var p = passages[0];
        a.Span(p.AStart, p.AEnd).Of(Convoys).Should().Be(Statement.TrimEnd('.'));
        b.Span(p.BStart, p.BEnd).Of(Quoting).Should().Be(Statement.TrimEnd('.'));
        p.Score.Should().Be(1.0);
    }

    [Fact]
    public void Light_edits_do_not_break_the_passage_in_two()
    {
        var edited = Statement.Replace("Raqqa", "Raqqah").Replace("militants", "Daesh terrorists").Replace("heavy", "large-calibre");
        var passages = PassageAligner.Align(Grams(Statement), Grams("An unrelated opening sentence about the weather in Moscow today. " + edited));
        passages.Should().ContainSingle();
        passages[0].Score.Should().BeInRange(0.5, 0.99);
    }

    [Fact]
    public void Unrelated_articles_share_no_passage()
    {
        PassageAligner.Align(Grams(Convoys), Grams(Harvest)).Should().BeEmpty();
    }

    [Fact]
    public void A_stock_phrase_shorter_than_the_minimum_is_not_reuse()
    {
        const string phrase = "the Syrian Observatory for Human Rights said on Sunday that";
        PassageAligner.Align(Grams(Harvest + " " + phrase + " prices rose."), Grams("Fighting went on near Idlib, " + phrase + " six people died.")).Should().BeEmpty();
    }

    [Fact]
    public void Word_tokens_fold_case_and_punctuation_but_keep_offsets()
    {
        var words = WordTokens.Of("«Daesh» fighters, 1,000 of them");
        words.Select(w => "«Daesh» fighters, 1,000 of them"[w.Start..w.End]).Should().Equal("Daesh", "fighters", "1,000", "of", "them");
        WordTokens.Of("DAESH")[0].Hash.Should().Be(words[0].Hash);
    }
}

using Sitrep.Evaluation.Attribution;

namespace Sitrep.Tests.Evaluation;

public class AnnotatorAgreementTests
{
    private const string Text = "Lavrov said that the convoy had reached Aleppo. The ministry added that two trucks burned.";

    private static GoldAttribution A(int contentStart, int contentEnd, int sourceStart, int sourceEnd) =>
        new([(contentStart, contentEnd)], [(sourceStart, sourceEnd)], []);

    [Fact]
    public void The_first_annotation_of_an_article_is_scored_against_the_second()
    {
        // Annotator 1: both contents, the second with the wrong source; annotator 2: the same first content, the second
        // cut to "two trucks burned" (17 of 22 characters: still a hit), plus one the first annotator did not mark.
        var first = new PolnearArticle("a", Text, [A(12, 46, 0, 6), A(67, 89, 4, 10)]);
        var second = new PolnearArticle("a", Text, [A(12, 46, 0, 6), A(72, 89, 48, 60), A(0, 3, 4, 5)]);
        var alone = new PolnearArticle("b", Text, [A(12, 46, 0, 6)]);
        var score = AnnotatorAgreement.Of([first, alone, second]);
        score.Articles.Should().Be(1, "only article a is annotated twice: one pair");
        score.Predicted.Should().Be(2);
        score.Gold.Should().Be(3);
        score.Hits.Should().Be(2);
        score.SourceHits.Should().Be(1);
        score.F1.Should().BeApproximately(0.8, 1e-9);
    }

    [Fact]
    public void A_discontinuous_content_is_one_span_from_its_first_fragment_to_its_last()
    {
        var g = new GoldAttribution([(30, 40), (10, 20)], [], []);
        AnnotatorAgreement.AsPrediction(g).Should().Be(new PredictedAttribution(10, 40, -1, -1));
    }

    [Fact]
    public void A_corpus_without_doubly_annotated_articles_has_no_pairs()
    {
        AnnotatorAgreement.Of([new PolnearArticle("a", Text, [A(12, 46, 0, 6)])]).Articles.Should().Be(0);
    }

    [Fact]
    public void Three_annotations_of_one_article_give_three_pairs()
    {
        var one = new PolnearArticle("a", Text, [A(12, 46, 0, 6)]);
        var two = new PolnearArticle("a", Text, [A(12, 46, 0, 6)]);
        var three = new PolnearArticle("a", Text, [A(67, 89, 48, 60)]);
        var score = AnnotatorAgreement.Of([one, two, three]);
        score.Articles.Should().Be(3);
        score.Hits.Should().Be(1, "only the first two agree");
        score.Predicted.Should().Be(3);
        AnnotatorAgreement.Repeated([one, two, three]).Should().Be(1);
    }
}

using AwesomeAssertions;
using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Learned;
using Sitrep.Evaluation.Attribution;
using Xunit;

namespace Sitrep.Tests.AttributionLearned;

public class TuningFoldTests
{
    private static TrainingArticle Article(string name) =>
        TrainingArticle.From(new PolnearArticle(name, "The minister said the bridge was closed.", []), CueLexicon.Default);

    [Fact]
    public void Copies_of_one_article_by_several_annotators_share_a_fold()
    {
        // PolNeAR's NAME_ANNOTATOR.ann files sort next to each other: by file index, a text's copies fell in different folds.
        var articles = new[] { "a", "a", "a", "b", "c", "c", "d" }.Select(Article).ToList();
        var fold = AttributionTrainer.FoldOf(articles, 3);
        fold[0..3].Should().AllBeEquivalentTo(fold[0]);
        fold[5].Should().Be(fold[4]);
        fold.Distinct().Should().HaveCount(3, "the four distinct texts still spread over every fold");
    }
}

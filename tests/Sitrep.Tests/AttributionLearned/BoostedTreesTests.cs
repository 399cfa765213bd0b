using Sitrep.Analyse.Attributions.Learned;
using Xunit;

namespace Sitrep.Tests.AttributionLearned;

/// <summary>The boosted trees learn an interaction no sum of single features can (an exclusive or of two thresholds, the
/// "weak cue AND long content" kind of rule they are there for), ignore a noise feature, give the same trees for the same
/// examples, and survive a save/load round trip score for score; a damaged file is refused.</summary>
public class BoostedTreesTests
{
    /// <summary>Label: exactly one of x0 &gt; .5 and x1 &gt; .3; x2 is noise. Values on a fixed grid (no random numbers).</summary>
    private static (List<float[]> X, List<bool> Y) Exclusive()
    {
        var x = new List<float[]>();
        var y = new List<bool>();
        for (var i = 0; i < 40; i++)
            for (var j = 0; j < 40; j++)
            {
                var a = i / 40f;
                var b = j / 40f;
                x.Add([a, b, (i * 7 + j * 13) % 17 / 17f]);
                y.Add(a > .5f != b > .3f);
            }
        return (x, y);
    }

    private static readonly BoostedTrees.Options Small = new(Trees: 40, Depth: 2, Rate: .3f, Bins: 16, MinLeaf: 5);

    [Fact]
    public void Trees_learn_an_exclusive_or_of_two_features()
    {
        var (x, y) = Exclusive();
        var trees = BoostedTrees.Train(x, y, Small);
        var right = x.Select((v, i) => trees.Score(v) > 0 == y[i]).Count(r => r);
        Assert.True(right >= x.Count * 98 / 100, $"{right} of {x.Count} right");
        Assert.True(trees.Score([.9f, .1f, .5f]) > 1, "one side of the first cut only: positive");
        Assert.True(trees.Score([.9f, .9f, .5f]) < -1, "both: negative");
        Assert.True(trees.Score([.1f, .1f, .5f]) < -1, "neither: negative");
        Assert.DoesNotContain(trees.Trees.SelectMany(t => t), n => n.Feature == 2);
    }

    [Fact]
    public void Same_examples_give_the_same_trees()
    {
        var (x, y) = Exclusive();
        var a = BoostedTrees.Train(x, y, Small);
        var b = BoostedTrees.Train(x, y, Small);
        Assert.Equal(a.Trees.SelectMany(t => t), b.Trees.SelectMany(t => t));
    }

    [Fact]
    public void A_saved_ensemble_reads_back_score_for_score()
    {
        var (x, y) = Exclusive();
        var trees = BoostedTrees.Train(x, y, Small);
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) trees.Write(w);
        stream.Position = 0;
        var back = BoostedTrees.Read(new BinaryReader(stream));
        Assert.Equal(trees.FeatureCount, back.FeatureCount);
        Assert.Equal(trees.Bias, back.Bias);
        foreach (var v in x) Assert.Equal(trees.Score(v), back.Score(v));
    }

    [Fact]
    public void A_node_pointing_backwards_is_refused()
    {
        var broken = new BoostedTrees(0f, 1, [[new BoostedTrees.Node(0, .5f, 0, 2, 0), new(-1, 0, 0, 0, 1), new(-1, 0, 0, 0, -1)]]);
        using var stream = new MemoryStream();
        using (var w = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true)) broken.Write(w);
        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => BoostedTrees.Read(new BinaryReader(stream)));
    }
}

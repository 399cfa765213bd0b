using Sitrep.Analyse.Entities;
using Sitrep.Analyse.Places;
using Sitrep.Analyse.Places.Evaluation;
using Sitrep.Documents;
using Sitrep.Knowledge;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

public class GeoEvaluationTests
{
    [Fact]
    public void Scoring_counts_overlap_within_161_km_and_ignores_unlocated_gold()
    {
        var article = new GeoArticle("Fighting in Palmyra and in the city.",
        [
            new GoldToponym(12, 19, "Palmyra", 34.56, 38.28),
            new GoldToponym(31, 35, "city", null, null),
        ]);
        PlaceMention Pin(int s, int e, double lat, double lon) => new(new TextSpan(s, e), "x", "x", "SY", lat, lon, null, "city");
        var right = GeoEvaluator.Score("t", [article], _ => [Pin(12, 19, 34.6, 38.3), Pin(31, 35, 0, 0)]);
        right.Hits.Should().Be(1);
        right.Predicted.Should().Be(1, "a prediction on an unlocated gold toponym is neither hit nor miss");
        var wrong = GeoEvaluator.Score("t", [article], _ => [Pin(12, 19, 43.06, -77.23)]);   // Palmyra, New York
        wrong.Hits.Should().Be(0);
        wrong.Precision.Should().Be(0);
        GeoEvaluator.DistanceKm(34.56, 38.28, 33.51, 36.29).Should().BeApproximately(214, 5);  // Palmyra–Damascus
    }

    /// <summary>A floor under the measured figures (LGL .75, GeoWebNews .77, GeoVirus .73 strict when raised), so a
    /// change that breaks geoparsing fails here; part of each set is held back, so this is not the target.</summary>
    [SkippableTheory]
    [InlineData("lgl.xml", 0.70)]
    [InlineData("GWN.xml", 0.74)]
    [InlineData("GeoVirus.xml", 0.69)]
    public void End_to_end_F1_stays_above_its_floor(string file, double floor)
    {
        var folder = SharedData.Data("geo");
        Skip.If(folder is null || KnowledgeFiles.BundledGazetteer() is null, "../shared/data/geo or the bundled gazetteer absent");
        var entities = new EntityStage();
        var places = new PlaceStage();
        var score = GeoEvaluator.Score(file, GeoCorpus.Load(Path.Combine(folder!, file)), text =>
        {
            var list = entities.Detect(text).Select(m => new EntityMention(m.Span, m.Text, m.Type, m.Canonical, m.Kb)).ToList();
            return places.Resolve(list, text).Places;
        });
        score.F1.Should().BeGreaterThan(floor);
    }
}

using Sitrep.Tests.Support;
using Xunit.Abstractions;

namespace Sitrep.Tests.Events;

/// <summary>The seeds in ../shared/seeds through the whole default path (skipped when absent).</summary>
public class SeedEventTests(ITestOutputHelper output)
{
    private static string? SeedFile(string prefix) =>
        SharedData.Seeds is { } dir && Directory.Exists(dir) ? Directory.GetFiles(dir, prefix + "_*.txt").FirstOrDefault() : null;

    [SkippableFact]
    public void Seed_003_airstrikes_near_Palmyra_come_out_whole_and_attributed()
    {
        Skip.IfNot(Sitrep.Tests.Places.PlaceFixtures.HaveGazetteer, "bundled gazetteer absent");
        var path = SeedFile("003");
        Skip.If(path is null, "../shared/seeds absent");
        var doc = EventTestDocs.Seed(path!);
        foreach (var e in doc.Events) output.WriteLine($"{e.Type} {e.Date?.Date} {e.Place?.Name} [{string.Join(", ", e.Actors)}] → [{string.Join(", ", e.Targets)}] {e.AttributedTo}");
        var strikes = doc.Events.Where(e => e.Type == "AIR_STRIKE").ToList();
        var may25 = strikes.Single(e => e.Date?.Date.EndsWith("05-25") == true);
        var may29 = strikes.Single(e => e.Date?.Date.EndsWith("05-29") == true);
        may29.Date!.End.Should().EndWith("05-30");
        foreach (var e in new[] { may25, may29 })
        {
            e.Actors.Should().Contain("Russian Aerospace Forces");
            e.Targets.Should().Contain("Islamic State");
            e.Place!.Name.Should().Be("Tadmur");
            e.AttributedTo.Should().Be("Russian Ministry of Defence");
            e.Modality.Should().Be("asserted");
        }
        may29.Quantities.Select(q => (q.Value, q.Unit, q.Kind)).Should().Equal(
            (80, "terrorists", "killed"), (36, "cars", "destroyed"), (8, "fuel trucks", "destroyed"), (17, "pickup trucks", "destroyed"));
        may29.Quantities[0].Approx.Should().Be("more than");
        // The page has no date of its own: the year stays open and the event says why.
        may25.Date!.Warning.Should().Contain("year unknown");
    }

    [SkippableFact]
    public void Seed_002_Deir_ez_Zor_figures_come_out_whole_and_attributed()
    {
        var path = SeedFile("002");
        Skip.If(path is null, "../shared/seeds absent");
        var doc = EventTestDocs.Seed(path!);
        foreach (var e in doc.Events.Take(8)) output.WriteLine($"{e.Type} {e.Modality} {e.Place?.Name} {e.AttributedTo} {string.Join("; ", e.Quantities.Select(q => $"{q.Value} {q.Unit} {q.Kind}"))}");
        var control = doc.Events.Single(e => e.Quantities.Any(q => q.Kind == "percentage" && q.Value == 85));
        control.AttributedTo.Should().Be("Russian Ministry of Defence");
        control.Actors.Should().Contain("Syrian Arab Army");
        var losses = doc.Events.Single(e => e.Quantities.Any(q => q.Value == 450));
        losses.Quantities.Select(q => (q.Value, q.Kind)).Should().Equal((450, "killed"), (5, "destroyed"), (42, "destroyed"));
        losses.Quantities[0].Approx.Should().Be("over");
        losses.AttributedTo.Should().Be("Aleksandr Lapin");
        losses.Place!.Name.Should().Be("Deir ez-Zor");
        doc.Events.Should().Contain(e => e.Modality == "future", "“The Syrian military will soon finish off” Daesh is a promise, not a fact");
    }
}

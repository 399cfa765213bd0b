using static Sitrep.Tests.Places.PlaceFixtures;

namespace Sitrep.Tests.Places;

/// <summary>An unambiguous town before a comma narrows the region after it to the town's country.</summary>
public class ContainerNarrowingTests
{
    [GazetteerFact]
    public void Ontario_after_Mississauga_is_the_province()
    {
        PlacesIn("Pets died in Texas, Ohio, Florida and California. Menu Foods, which is based in Mississauga, Ontario, recalled food sold in Texas and California.")
            .Should().Contain(p => p.Text == "Ontario" && p.Country == "CA");
    }
}

namespace Sitrep.Tests.Places;

/// <summary>A fact that needs the generated GeoNames gazetteer (data/generated, built by tools/gazetteer): skipped,
/// with the reason shown, on a checkout that has not built it, instead of a Skip call at the top of every test.</summary>
public sealed class GazetteerFactAttribute : FactAttribute
{
    public GazetteerFactAttribute()
    {
        if (!PlaceFixtures.HaveGazetteer) Skip = "bundled gazetteer absent";
    }
}

/// <summary>The theory form of <see cref="GazetteerFactAttribute"/>.</summary>
public sealed class GazetteerTheoryAttribute : TheoryAttribute
{
    public GazetteerTheoryAttribute()
    {
        if (!PlaceFixtures.HaveGazetteer) Skip = "bundled gazetteer absent";
    }
}

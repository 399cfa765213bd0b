namespace Sitrep.Tests.Extract.PlainText;

/// <summary>A fact that needs the shared seeds (../shared/seeds); skipped cleanly when they are absent.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (Pages.SeedsDirectory() is null) Skip = "../shared/seeds is not present";
    }
}

/// <summary>A fact that needs FA-KES (../shared/data/corpus-fakes); skipped cleanly when it is absent.</summary>
public sealed class FakesFactAttribute : FactAttribute
{
    public FakesFactAttribute()
    {
        if (CleanArticleTests.FindCorpus() is null) Skip = "../shared/data/corpus-fakes is not present";
    }
}

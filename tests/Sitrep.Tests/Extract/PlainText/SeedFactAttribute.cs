namespace Sitrep.Tests.Extract.PlainText;

/// <summary>A fact that needs the shared seeds (../shared/seeds); skipped cleanly when they are absent.</summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (Pages.SeedsDirectory() is null) Skip = "../shared/seeds is not present";
    }
}

using Sitrep.Documents;
using Sitrep.Extract.Metadata;
using static Sitrep.Tests.Extract.Metadata.MetadataFixtures;

namespace Sitrep.Tests.Extract.Metadata;

/// <summary>The canonical seeds in ../shared/seeds, when present (a fresh clone has none: the test then passes without checking).</summary>
public class SeedMetadataTests
{
    private static string? SeedDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.sln")))
                return Directory.Exists(candidate) ? candidate : null;
        }
        return null;
    }

    private static PageMetadata? Seed(string prefix)
    {
        var dir = SeedDir();
        var file = dir is null ? null : Directory.GetFiles(dir, prefix + "_*.txt").FirstOrDefault();
        return file is null ? null : Text(File.ReadAllText(file));
    }

    [Theory]
    [InlineData("000", "Vladimir Putin prepares Palmyra’s liberation")]
    [InlineData("001", "Russia: ISIS Offensive on Palmyra Could Be Launched to Give Respite to Militants in Aleppo")]
    [InlineData("002", "Syrian Army Close to Liberating Entire Country, Diplomatic Negotiations Ongoing; Russia-Turkey Relations on Upswing; Two Russia Experts Counter Myth of Putin “Rehabilitating Stalin”")]
    [InlineData("003", "Russia successfully cuts off escape route of ISIS fighters fleeing Palmyra")]
    [InlineData("004", "Russia prepares to return to Syria in response to US double-cross")]
    public void Seed_titles_are_exact(string seed, string title)
    {
        if (Seed(seed) is not { } m) return;
        m.Title.Should().Be(title);
    }

    [Fact]
    public void Seed_001_header_date_is_not_asserted_with_confidence()
    {
        if (Seed("001") is not { } m) return;
        m.Published!.Confidence.Should().BeLessThan(0.3);
        m.Warnings.Should().Contain(w => w.Contains("JULY 2022") && w.Contains("disagrees"));
    }

    [Fact]
    public void Seed_outlets()
    {
        if (Seed("000") is not { } duran) return;
        duran.Outlet.Should().Be(new Outlet("The Duran", "theduran.com"));
        Seed("003")!.Outlet.Name.Should().Be("The Duran");
        // Pages that only cite other outlets ("RT reports", "© Reuters") are not attributed to them.
        Seed("002")!.Outlet.Name.Should().BeNull();
        Seed("004")!.Outlet.Name.Should().BeNull();
    }

    [Fact]
    public void Seed_004_date_from_the_blog_header()
    {
        if (Seed("004") is not { } m) return;
        m.Published!.Date.Should().Be("2016-06-05");
    }
}

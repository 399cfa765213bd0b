using Sitrep.Knowledge;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Places;

/// <summary>The GeoNames dump format, on a sample written here (values as in the real dump).</summary>
public class GeoNamesImportTests
{
    private const string Sample =
        "163808\tTadmur\tTadmur\tPalmyra,Tadmor,Тадмор\t34.56240\t38.28402\tP\tPPLA2\tSY\t\t11\t\t\t\t51015\t\t398\tAsia/Damascus\t2012-01-18\n" +
        "5130441\tPalmyra\tPalmyra\t\t43.06395\t-77.23332\tP\tPPL\tUS\t\tNY\t117\t\t\t3413\t\t148\tAmerica/New_York\t2017-05-23\n" +
        "170063\tAleppo\tAleppo\tHalab,Alep,Алеппо\t36.20124\t37.16117\tP\tPPLA\tSY\t\t09\t\t\t\t1602264\t\t390\tAsia/Damascus\t2019-09-05\n" +
        "170794\tDeir ez-Zor\tDeir ez-Zor\tDayr az Zawr,Deir Ezzor\t35.33588\t40.14084\tP\tPPLA\tSY\t\t07\t\t\t\t242565\t\t210\tAsia/Damascus\t2012-01-18\n" +
        "172955\tAr Raqqah\tAr Raqqah\tRaqqa,Rakka\t35.95283\t39.00788\tP\tPPLA\tSY\t\t04\t\t\t\t177636\t\t251\tAsia/Damascus\t2012-01-18\n" +
        "163843\tSyria\tSyria\tSyrian Arab Republic\t35.0\t38.0\tA\tPCLI\tSY\t\t00\t\t\t\t22198110\t\t\tAsia/Damascus\t2020-01-01\n" +
        "99697\tEuphrates\tEuphrates\tFurat\t31.0046\t47.44181\tH\tSTM\tIQ\t\t00\t\t\t\t0\t\t1\tAsia/Baghdad\t2012-01-01\n" +
        "1\tBroken line without enough columns\n" +
        "2\tBad coordinates\tBad\t\tnorth\twest\tP\tPPL\tSY\t\t\t\t\t\t0\t\t\t\t\n" +
        "9999999\tSome Road\tSome Road\t\t35.0\t38.0\tR\tRD\tSY\t\t\t\t\t\t0\t\t\t\t\n";

    private const string Alternates =
        "1\t170063\ten\tAleppo\t1\t\t\t\t\t\n" +
        "2\t170063\tar\tحلب\t\t\t\t\t\t\n" +
        "3\t170063\tlink\thttps://en.wikipedia.org/wiki/Aleppo\t\t\t\t\t\t\n" +
        "4\t172955\tru\tРакка\t\t\t\t\t\t\n" +
        "5\t163808\ten\tOld Palmyra\t\t\t\t1\t\t\n";

    [Fact]
    public void Reads_the_dump_and_skips_bad_lines()
    {
        var places = new List<PlaceRecord>();
        var (read, skipped) = GeoNamesReader.Read(new StringReader(Sample), places.Add, p => GeoNamesReader.UsefulClass(p.FeatureClass));
        read.Should().Be(7);
        skipped.Should().Be(2);
        places.Should().NotContain(p => p.FeatureClass == 'R');
        places.Single(p => p.GeonameId == 163808).AltNames.Should().Contain("Palmyra");
    }

    [Fact]
    public void Alternate_names_skip_links_and_historic_names()
    {
        var names = new List<(long, string)>();
        GeoNamesReader.ReadAlternateNames(new StringReader(Alternates), (id, n) => names.Add((id, n)));
        names.Should().Contain((170063, "حلب")).And.Contain((172955, "Ракка"));
        names.Should().NotContain(n => n.Item2.StartsWith("http")).And.NotContain(n => n.Item2 == "Old Palmyra");
    }

    [Fact]
    public void Import_verb_writes_a_table_the_loader_reads()
    {
        using var dir = new TempDir();
        var dump = Path.Combine(dir.Path, "cities500.txt");
        var alt = Path.Combine(dir.Path, "alternateNamesV2.txt");
        var output = Path.Combine(dir.Path, "gazetteer.tsv");
        File.WriteAllText(dump, Sample);
        File.WriteAllText(alt, Alternates);
        var result = SitrepCli.Run(dir.Path, null, "gazetteer", "import", "--geonames", dump, "--alternate-names", alt, "--out", output);
        result.ExitCode.Should().Be(0, result.Stderr);
        result.Stdout.Should().Contain("imported 7 places");

        var gazetteer = GazetteerLoader.Load(userPath: output, includeBundled: false);
        var raqqa = gazetteer.Lookup("Ракка").ToArray();
        raqqa.Select(i => gazetteer[i].GeonameId).Should().Contain(172955);
        gazetteer.Lookup("Palmyra").ToArray().Select(i => gazetteer[i].Country).Should().Contain(["SY", "US"]);
        gazetteer.Provenance.Should().Contain(p => p.Contains("CC BY 4.0"));
    }

    [Fact]
    public void Import_of_a_missing_file_is_a_usage_error()
    {
        using var dir = new TempDir();
        var result = SitrepCli.Run(dir.Path, null, "gazetteer", "import", "--geonames", Path.Combine(dir.Path, "nope.txt"));
        result.ExitCode.Should().Be(2);
        result.Stderr.Should().Contain("no such file");
    }

    [SkippableFact]
    public void Bundled_gazetteer_loads_fast_and_small()
    {
        Skip.If(KnowledgeFiles.BundledGazetteer() is null, "bundled gazetteer not built (tools/gazetteer)");
        var before = GC.GetTotalMemory(true);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var g = GazetteerLoader.Load(userPath: "/nonexistent");
        watch.Stop();
        var bytes = GC.GetTotalMemory(true) - before;
        g.Count.Should().BeGreaterThan(130_000);
        watch.Elapsed.TotalSeconds.Should().BeLessThan(20, "target is < 1 s on an idle machine; this bound allows a busy CI");
        bytes.Should().BeLessThan(200L * 1024 * 1024);
        GC.KeepAlive(g);
    }
}

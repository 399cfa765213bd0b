using Sitrep.Documents;
using Sitrep.Extract.PlainText;
using Sitrep.Extract.PlainText.Templates;

namespace Sitrep.Tests.Extract.PlainText;

/// <summary>Site templates learnt across three pages of one invented outlet (the Frontline Courier).</summary>
public class TemplateMemoryTests
{
    private const string Slogan = "Our correspondents report from Syria, Iraq and Ukraine";
    private const string About = "The Frontline Courier is an independent newsroom based in Beirut and Kyiv.";
    private static readonly DocumentHints Courier = new(Outlet: "Frontline Courier");

    private static readonly DecodedPage[] CourierPages =
    [
        Pages.Text(SyntheticPages.CourierPage("Syrian army retakes Tadmur airbase",
            "The Syrian Arab Army has retaken the T4 airbase east of Homs after three days of fighting, the ministry said.",
            "Local sources said civilians had begun returning to the villages around the base by Saturday morning."), hints: Courier),
        Pages.Text(SyntheticPages.CourierPage("Russian jets strike convoy near Palmyra",
            "Russian aircraft destroyed a convoy of militants heading from Raqqa towards Palmyra on the night of May 29.",
            "The coalition has not commented on the strikes, which could not be independently verified by the Courier."), hints: Courier),
        Pages.Text(SyntheticPages.CourierPage("Lavrov and Kerry meet in Geneva",
            "Sergey Lavrov and John Kerry met in Geneva on Friday to discuss the ceasefire in Aleppo and the corridors.",
            "Both ministers said that the talks had been difficult but that they would meet again within two weeks."), hints: Courier),
    ];

    [Fact]
    public void A_story_that_recurs_whole_keeps_its_body_copies_are_not_chrome()
    {
        // The same article crawled four times (different ids: a tracking parameter or a comment count changed).
        var extractor = new TextExtractor();
        Document last = null!;
        for (int copy = 0; copy < 4; copy++)
            last = extractor.Extract(Pages.Text(SyntheticPages.CourierPage("Russian jets strike convoy near Palmyra",
                "Russian aircraft destroyed a convoy of militants heading from Raqqa towards Palmyra on the night of May 29.",
                $"The coalition has not commented on the strikes, which could not be independently verified by the Courier.\n\nViews: {copy * 17 + 3}"), hints: Courier));
        last.Body.Should().Contain("Russian aircraft destroyed a convoy").And.Contain("could not be independently verified");
        last.Body.Should().NotContain(Slogan, "short furniture lines are still learnt on copies");
    }

    [Fact]
    public void Streaming_learns_as_pages_arrive_short_lines_after_two_pages_paragraphs_after_three()
    {
        var extractor = new TextExtractor();
        var first = extractor.Extract(CourierPages[0]);
        var second = extractor.Extract(CourierPages[1]);
        var third = extractor.Extract(CourierPages[2]);

        first.Body.Should().Contain(Slogan).And.Contain(About, "the first page of an outlet has nothing to compare with");
        second.Body.Should().NotContain(Slogan).And.Contain(About, "a recurring sentence needs a third page");
        second.Removed.Should().Contain(new RemovedBlock(Slogan, "template"));
        third.Body.Should().NotContain(Slogan).And.NotContain(About);
        third.Removed.Should().Contain(new RemovedBlock(About, "template"));
        third.Body.Should().StartWith("Sergey Lavrov and John Kerry met in Geneva");
    }

    [Fact]
    public void Pre_pass_gives_the_first_page_the_full_picture()
    {
        var extractor = new TextExtractor();
        foreach (var page in CourierPages) extractor.Observe(page);

        var first = extractor.Extract(CourierPages[0]);

        first.Body.Should().NotContain(Slogan).And.NotContain(About);
        first.Body.Split("\n\n").Should().HaveCount(2);
    }

    [Fact]
    public void Another_outlet_does_not_inherit_the_template()
    {
        var extractor = new TextExtractor();
        foreach (var page in CourierPages) extractor.Observe(page);
        var other = Pages.Text(SyntheticPages.CourierPage("Syrian army retakes Tadmur airbase",
            "The Syrian Arab Army has retaken the T4 airbase east of Homs after three days of fighting, the ministry said.",
            "Local sources said civilians had begun returning to the villages around the base by Saturday morning."),
            hints: new DocumentHints(Outlet: "Вестник Пальмиры"));

        extractor.Extract(other).Body.Should().Contain(Slogan).And.Contain(About);
    }

    [Fact]
    public void Observing_one_document_twice_counts_once_and_digits_are_folded()
    {
        var memory = new TemplateMemory();
        memory.Observe(["Total votes: 2", "Total votes: 2"], "outlet:x", "doc-a");
        memory.Observe(["Total votes: 2"], "outlet:x", "doc-a");
        memory.DocumentCount("Total votes: 2", "outlet:x").Should().Be(1);

        memory.Observe(["TOTAL VOTES: 17"], "outlet:x", "doc-b");
        memory.DocumentCount("Total votes: 5", "outlet:x").Should().Be(2);
        memory.IsTemplate("Total votes: 5", "outlet:x").Should().BeTrue();
        memory.IsTemplate("Total votes: 5", "outlet:y").Should().BeFalse();
        memory.IsTemplate("Total votes: 5", null).Should().BeFalse();
    }

    [Fact]
    public void Threshold_is_configurable()
    {
        var memory = new TemplateMemory(minDocuments: 3);
        memory.Observe(["Share this:"], "k", "1");
        memory.Observe(["Share this:"], "k", "2");
        memory.IsTemplate("Share this:", "k").Should().BeFalse();
        memory.Observe(["Share this:"], "k", "3");
        memory.IsTemplate("Share this:", "k").Should().BeTrue();
    }

    [Fact]
    public void Concurrent_observers_count_every_document_exactly_once()
    {
        var memory = new TemplateMemory(minDocuments: 50);
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            memory.Observe(["What do you think?", "unique line " + new string((char)('a' + i % 26), 1 + i / 26)], "outlet:courier", $"doc-{i % 40}"));

        memory.DocumentCount("What do you think?", "outlet:courier").Should().Be(40, "400 calls but 40 distinct documents");
        memory.DocumentCount("unique line h", "outlet:courier").Should().Be(1);

        var capped = new TemplateMemory(minDocuments: 2);
        Parallel.For(0, 100, i => capped.Observe(["Notify of"], "k", $"doc-{i}"));
        capped.DocumentCount("Notify of", "k").Should().Be(4, "counting stops at threshold + 2 to bound memory");
    }

    [Fact]
    public void Outlet_key_prefers_outlet_then_host_then_header_signature_then_directory()
    {
        OutletKey.For(Pages.Text("x", hints: new DocumentHints(Outlet: "The Duran")), ["x"]).Should().Be("outlet:the duran");
        OutletKey.For(Pages.Text("x", hints: new DocumentHints(Url: "https://www.theduran.com/a")), ["x"]).Should().Be("host:theduran.com");
        OutletKey.For(Pages.Text("in ,\n\nTitle"), ["in ,", "Title"]).Should().Be("sig:in");
        OutletKey.For(Pages.Text("JULY 2022\n\nA much longer first headline that is not a crumb at all", path: "/data/site/a.txt"),
            ["JULY 2022"]).Should().Be("dir:/data/site");
    }
}

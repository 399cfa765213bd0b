using Sitrep.Documents;
using Sitrep.Extract;
using Sitrep.Extract.PlainText;
using Sitrep.Extract.PlainText.Templates;

namespace Sitrep.Tests.Extract.PlainText;

/// <summary>The CLI's pre-pass over stored inputs: the first page of an outlet benefits too, memory stays bounded.</summary>
public class TemplatePrepassTests
{
    private const string Slogan = "Our correspondents report from Syria, Iraq and Ukraine";
    private static readonly DocumentHints Courier = new(Outlet: "Frontline Courier");

    private static RawDocument Raw(string id, string title, string lede, string second) => new()
    {
        Source = new SourceInfo(id + ".txt", null, Formats.Text),
        Kind = PayloadKind.Text,
        Text = SyntheticPages.CourierPage(title, lede, second),
        Id = id,
        Hints = Courier,
    };

    private static readonly RawDocument[] Inputs =
    [
        Raw("a", "Syrian army retakes Tadmur airbase", "The Syrian Arab Army has retaken the T4 airbase east of Homs after three days of fighting, the ministry said.",
            "Local sources said civilians had begun returning to the villages around the base by Saturday morning."),
        Raw("b", "Russian jets strike convoy near Palmyra", "Russian aircraft destroyed a convoy of militants heading from Raqqa towards Palmyra on the night of May 29.",
            "The coalition has not commented on the strikes, which could not be independently verified by the Courier."),
        Raw("c", "Lavrov and Kerry meet in Geneva", "Sergey Lavrov and John Kerry met in Geneva on Friday to discuss the ceasefire in Aleppo and the corridors.",
            "Both ministers said that the talks had been difficult but that they would meet again within two weeks."),
    ];

    private static IEnumerable<ReadItem> Items() =>
        Inputs.Select(r => (ReadItem)new ReadDocument(r)).Append(new ReadError(new SourceInfo("broken.txt", null, Formats.Text), "unreadable"));

    [Fact]
    public void The_first_page_of_an_outlet_loses_its_template_lines_after_the_pre_pass()
    {
        var extractor = PageExtractor.CreateDefault();
        TemplatePrepass.Run(Items(), extractor).Should().Be(3, "read errors are skipped");

        var first = extractor.Extract(Sitrep.Read.Decoding.PageDecoder.Decode(Inputs[0]));
        first.Body.Should().NotContain(Slogan);
        first.Body.Should().StartWith("The Syrian Arab Army has retaken the T4 airbase");

        var without = PageExtractor.CreateDefault().Extract(Sitrep.Read.Decoding.PageDecoder.Decode(Inputs[0]));
        without.Body.Should().Contain(Slogan, "without the pre-pass the first page has nothing to compare with");
    }

    [Fact]
    public void Pre_pass_is_bounded_and_skipped_for_standard_input()
    {
        TemplatePrepass.Run(Items(), PageExtractor.CreateDefault(), maxDocuments: 2).Should().Be(2);
        TemplatePrepass.CanReadTwice(["-"]).Should().BeFalse();
        TemplatePrepass.CanReadTwice([]).Should().BeFalse("no input means standard input");
        TemplatePrepass.CanReadTwice(["../shared/seeds"]).Should().BeTrue();

        var memory = new TemplateMemory(maxLines: 3);
        memory.Observe(["one line", "two lines", "three lines", "four lines"], "k", "doc-1");
        memory.Count.Should().Be(3);
        memory.Observe(["one line", "five lines"], "k", "doc-2");
        memory.Count.Should().Be(3, "full: no new lines learnt");
        memory.IsTemplate("one line", "k").Should().BeTrue("known lines keep counting");
        memory.IsTemplate("five lines", "k").Should().BeFalse();
    }
}

using Sitrep.Tests.Places;
using Sitrep.Documents;

namespace Sitrep.Tests.Events;

/// <summary>The stage on articles we wrote in the style of the seeds.</summary>
public class EventStageTests
{
    private const string Strikes =
        "The Russian Defence Ministry has released a statement on the situation around Palmyra.\n\n" +
        "According to the Russian Defence Ministry,\n\n" +
        "“The first convoy of terrorists from Raqqa heading to Palmyra was destroyed by the Russian Aerospace Forces on May 25. " +
        "IS militants made another attempt to break through to the Palmyra area on the night of May 29 to 30.”\n\n" +
        "The statement continued,\n\n" +
        "“The Russian Aerospace Forces hit the detected targets. The IS lost more than 80 terrorists, 36 cars, eight fuel trucks and 17 pickup trucks”.";

    [GazetteerFact]
    public void Airstrikes_come_out_whole_dated_placed_counted_and_attributed()
    {
        var doc = EventTestDocs.Analyse(Strikes, EventTestDocs.Day("2017-05-31"));
        var strikes = doc.Events.Where(e => e.Type == "AIR_STRIKE").ToList();
        strikes.Should().HaveCount(2);
        var first = strikes.Single(e => e.Date!.Date == "2017-05-25");
        first.Actors.Should().Contain("Russian Aerospace Forces");
        first.Targets.Should().Contain("Islamic State");
        first.Place!.Name.Should().Be("Tadmur");
        first.AttributedTo.Should().Be("Russian Ministry of Defence");
        first.Category.Should().Be("ASSAULT");

        var second = strikes.Single(e => e.Date!.Date == "2017-05-29");
        second.Date!.End.Should().Be("2017-05-30");
        second.AttributedTo.Should().Be("Russian Ministry of Defence");
        second.Quantities.Select(q => (q.Value, q.Kind)).Should().Equal((80, "killed"), (36, "destroyed"), (8, "destroyed"), (17, "destroyed"));
        second.Quantities[0].Approx.Should().Be("more than");
        doc.Events[0].Should().Be(second, "the strike with the figures is the story's main event");
    }

    [Fact]
    public void The_attributions_layer_decides_who_says_so_when_present()
    {
        const string body = "Rebels shelled the old city of Aleppo on Monday, killing five civilians, a monitor said.";
        var layer = new Attribution("indirect", new TextSpan(0, 64), new TextSpan(78, 82), new TextSpan(66, 75), "Syrian Observatory for Human Rights", "organization");
        var doc = EventTestDocs.Analyse(body, EventTestDocs.Day("2016-10-05"), [layer]);
        doc.Events[0].AttributedTo.Should().Be("Syrian Observatory for Human Rights");
        EventTestDocs.Analyse(body, EventTestDocs.Day("2016-10-05")).Events[0].AttributedTo.Should().BeNull("no named source in the text, no layer");
    }

    [Fact]
    public void The_writers_own_claim_is_not_attributed_to_I()
    {
        const string body = "As I have said before, Syrian troops recaptured the old city of Palmyra on Sunday.";
        var layer = new Attribution("indirect", new TextSpan(23, 82), new TextSpan(13, 17), new TextSpan(3, 4), null, "unknown");
        EventTestDocs.Analyse(body, EventTestDocs.Day("2016-03-28"), [layer]).Events[0].AttributedTo.Should().BeNull();
    }

    [Fact]
    public void Future_and_hypothetical_events_are_flagged_and_not_the_main_event()
    {
        var doc = EventTestDocs.Analyse(
            "A new offensive of the Islamic State on Palmyra could be launched from Mosul, Lavrov said.\n\n" +
            "Syrian troops recaptured the village of Jazal from the Islamic State on Sunday.", EventTestDocs.Day("2016-12-13"));
        doc.Events[0].Type.Should().Be("GOV_REGAINS_TERIT");
        doc.Events[0].Modality.Should().Be("asserted");
        doc.Events.Should().Contain(e => e.Modality == "hypothetical");
    }

    [GazetteerFact]
    public void Arguments_come_from_the_event_sentence_not_from_its_neighbours()
    {
        var doc = EventTestDocs.Analyse(
            "Turkish President Recep Erdogan visited Moscow on Monday.\n\n" +
            "In a separate development, rebels shelled the town of Kilis on Tuesday, wounding four people.", EventTestDocs.Day("2016-10-05"));
        var shelling = doc.Events.Single(e => e.Type == "ART_MISS_ATTACK");
        shelling.Place!.Name.Should().NotBe("Moscow");
        shelling.Actors.Should().NotContain(a => a.Contains("Erdo"));
        shelling.Date!.Date.Should().Be("2016-10-04");
        shelling.Quantities.Single().Kind.Should().Be("wounded");
    }

    [Fact]
    public void Hostile_text_gives_no_events_and_no_crash()
    {
        foreach (var body in new[] { "", "   ", "....", "“", "\n\n\n", new string('9', 5000), "May May May 99 to 98", "$ % , and and 3,,,0" })
            EventTestDocs.Analyse(body).Events.Should().NotBeNull();
    }

    [Fact]
    public void Every_event_of_a_seed_style_article_is_contract_valid()
    {
        var doc = EventTestDocs.Analyse(Strikes + "\n\nLast week, rebels shelled the town. Protesters marched in Idlib.", EventTestDocs.Day("2017-05-31"));
        var json = Sitrep.Output.ContractJson.Serialize(doc);
        Sitrep.Tests.Support.ContractValidator.Validate(json).Should().BeEmpty();
        doc.Events.Should().OnlyContain(e => e.Date == null || e.Date.Precision == "day" || e.Date.Precision == "month" || e.Date.Precision == "year");
    }
}

using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Entities;
using Sitrep.Documents;

namespace Sitrep.Tests.Attributions;

/// <summary>Synthetic pages in the style of the seeds (RT/Sputnik/The Duran write-ups of Russian statements).</summary>
public class AttributionStageTests
{
    private static readonly EntityStage Entities = new();
    private static readonly AttributionStage Stage = new();

    private static List<Attribution> Read(string body)
    {
        var doc = new Document { Id = "t", Source = new SourceInfo(null, null, "text"), Body = body };
        return Stage.Apply(Entities.Apply(doc)).Attributions.ToList();
    }

    private static Attribution Single(string body, string contentStart)
    {
        var list = Read(body);
        return list.Should().ContainSingle(a => a.Content.Of(body).StartsWith(contentStart)).Subject;
    }

    [Fact]
    public void Quote_then_name_and_verb_is_a_direct_quote_of_that_person()
    {
        var body = "“Those who want to be part of the reconciliation process should join the ceasefire,” Lavrov said.";
        var a = Single(body, "“Those who");
        a.Kind.Should().Be("direct");
        a.Content.Of(body).Should().Be("“Those who want to be part of the reconciliation process should join the ceasefire,”");
        a.Cue.Of(body).Should().Be("said");
        a.Source.Of(body).Should().Be("Lavrov");
        a.SourceCanonical.Should().Be("Sergey Lavrov");
        a.SourceType.Should().Be("person");
    }

    [Fact]
    public void Inverted_order_takes_the_phrase_after_the_verb()
    {
        var body = "“That would mean another respite for the militants,” said the Russian Foreign Minister.";
        var a = Single(body, "“That would");
        a.Source.Of(body).Should().Be("the Russian Foreign Minister");
        a.SourceCanonical.Should().Be("Sergey Lavrov");           // the role phrase names its holder
    }

    [Fact]
    public void A_parenthetical_between_subject_and_verb_is_skipped()
    {
        var body = "Sergey Lavrov, speaking in Belgrade, said that the offensive was orchestrated to give the militants a respite.";
        var a = Single(body, "that the offensive");
        a.Kind.Should().Be("indirect");
        a.Source.Of(body).Should().Be("Sergey Lavrov");
        a.Content.Of(body).Should().Be("that the offensive was orchestrated to give the militants a respite");   // PolNeAR keeps "that"
    }

    [Fact]
    public void He_is_the_person_quoted_before()
    {
        var body = "Geopolitical analyst Patrick Henningsen told RT that Washington is not doing enough.\n\n" +
                   "“The classification of moderate rebels is a type of human shield,” he said.";
        var a = Single(body, "“The classification");
        a.Source.Of(body).Should().Be("he");
        a.SourceCanonical.Should().Be("Patrick Henningsen");
        var told = Single(body, "that Washington is not");
        told.Via.Should().Be("RT");                                  // "told RT": the outlet that carried it
    }

    [Fact]
    public void According_to_at_the_start_gives_the_clause_after_the_comma()
    {
        var body = "According to the Russian Defence Ministry, more than 80 terrorists were killed near Palmyra.";
        var a = Single(body, "more than 80");
        a.Kind.Should().Be("according_to");
        a.Source.Of(body).Should().Be("the Russian Defence Ministry");
        a.SourceCanonical.Should().Be("Russian Ministry of Defence");
        a.SourceType.Should().Be("government");
    }

    [Fact]
    public void According_to_at_the_end_gives_the_clause_before_it()
    {
        var body = "More than 1,000 militants have begun an offensive southwest of Aleppo, according to the Syrian Observatory for Human Rights.";
        var a = Single(body, "More than 1,000");
        a.Content.Of(body).Should().Be("More than 1,000 militants have begun an offensive southwest of Aleppo");
        a.Kind.Should().Be("according_to");
    }

    [Fact]
    public void A_colon_introduces_a_block_quote_in_the_next_paragraph()
    {
        var body = "The Russian Defence Ministry has released a statement.\n\nThe statement continued,\n\n“The IS lost more than 80 terrorists and 36 cars.”";
        var a = Single(body, "“The IS lost");
        a.Kind.Should().Be("direct");
        a.SourceCanonical.Should().Be("Russian Ministry of Defence");
    }

    [Fact]
    public void Adding_that_continues_the_speaker_with_a_second_content()
    {
        var body = "The minister also stressed that “such opposition groups should leave terrorist positions,” adding that “we have long agreed on that.”";
        var list = Read(body);
        list.Should().HaveCount(2);
        list[0].Content.Of(body).Should().Be("that “such opposition groups should leave terrorist positions,”");
        list[1].Content.Of(body).Should().Be("that “we have long agreed on that.”");
        list[1].Cue.Of(body).Should().Be("adding");
    }

    [Fact]
    public void An_outlet_reporting_a_ministry_carries_the_claim()
    {
        var body = "Iran’s Press TV has reported that, according to the Russian Ministry of Defense, the Syrian Arab Army now controls 85% of the country.";
        var a = Read(body).Should().ContainSingle().Subject;
        a.Kind.Should().Be("according_to");
        a.SourceCanonical.Should().Be("Russian Ministry of Defence");
        a.Via.Should().Be("Press TV");
    }

    [Fact]
    public void Unnamed_sources_are_anonymous()
    {
        var body = "Syrian sources said that the joint command staff had left the base.";
        var a = Single(body, "that the joint command");
        a.SourceType.Should().Be("anonymous");
        a.SourceCanonical.Should().BeNull();
    }

    [Fact]
    public void A_quote_split_by_its_cue_is_one_content()
    {
        var body = "“We will stay,” Erdogan said. “And we will win.”";
        var a = Read(body).Should().ContainSingle().Subject;
        a.Content.Of(body).Should().Be(body);
        a.SourceCanonical.Should().Be("Recep Tayyip Erdogan");
    }

    [Fact]
    public void Capitalised_words_and_continuing_verbs_are_not_cues()
    {
        Read("The United States continues to fly drones over the region.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("“")]
    [InlineData("said")]
    [InlineData("\"\"\"\" '' ' “ ” « » „ said, according to")]
    [InlineData("According to")]
    public void Hostile_text_never_crashes(string body) => Read(body).Should().NotBeNull();
}

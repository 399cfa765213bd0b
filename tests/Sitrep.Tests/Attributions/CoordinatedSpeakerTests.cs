using Sitrep.Analyse.Attributions;
using Sitrep.Documents;

namespace Sitrep.Tests.Attributions;

/// <summary>A source that joins names gives one attribution per speaker (<see cref="CoordinatedSpeakers"/>), and the
/// PolNeAR scorer reads them as one again.</summary>
public class CoordinatedSpeakerTests
{
    private static List<Attribution> Read(string body) => AttributionReading.AttributionsOf(body);

    private static string Speakers(string body) =>
        string.Join(" | ", Read(body).Select(a => $"{a.Source.Of(body)}={a.SourceCanonical} [{a.Content.Of(body)}]"));

    [Theory]
    [InlineData("Both Lavrov and Kerry said the ceasefire would hold.", "Lavrov=Sergey Lavrov [the ceasefire would hold] | Kerry=John Kerry [the ceasefire would hold]")]
    [InlineData("Russia, Syria and Iran said in a joint statement that the talks would resume.",
        "Russia=Russia [that the talks would resume] | Syria=Syria [that the talks would resume] | Iran=Iran [that the talks would resume]")]
    [InlineData("Hezbollah and the Syrian army said they had taken the town.",
        "Hezbollah=Hezbollah [they had taken the town] | the Syrian army=Syrian Arab Army [they had taken the town]")]
    [InlineData("On Monday, Russia and Iran said the strikes were legal.", "Russia=Russia [the strikes were legal] | Iran=Iran [the strikes were legal]")]
    [InlineData("Lavrov, Kerry and Zarif met in Geneva and said the truce would hold.",
        "Lavrov=Sergey Lavrov [the truce would hold] | Kerry=John Kerry [the truce would hold] | Zarif=Mohammad Javad Zarif [the truce would hold]")]
    [InlineData("Russian President Vladimir Putin and his Turkish counterpart Recep Tayyip Erdogan agreed that the truce would hold.",
        "Russian President Vladimir Putin=Vladimir Putin [that the truce would hold] | his Turkish counterpart Recep Tayyip Erdogan=Recep Tayyip Erdogan [that the truce would hold]")]
    [InlineData("US Secretary of State John Kerry and Russian Foreign Minister Sergey Lavrov said the truce would hold.",
        "US Secretary of State John Kerry=John Kerry [the truce would hold] | Russian Foreign Minister Sergey Lavrov=Sergey Lavrov [the truce would hold]")]
    public void Each_named_speaker_of_a_list_gets_the_claim(string body, string expected)
    {
        Speakers(body).Should().Be(expected);
    }

    [Fact]
    public void Each_speaker_keeps_the_cue_and_its_own_type()
    {
        const string body = "Lavrov and Hezbollah said the truce would hold.";
        var list = Read(body);
        list.Should().HaveCount(2);
        list.Should().OnlyContain(a => a.Cue.Of(body) == "said" && a.Content.Of(body) == "the truce would hold");
        list.Select(a => a.SourceType).Should().Equal("person", "organization");
    }

    [Theory]
    [InlineData("Syrian and Russian officials said the strikes were legal.")]
    [InlineData("Officials in Bosnia and Herzegovina said the talks would resume.")]
    [InlineData("Sergey Lavrov and his wife said the trip had been cancelled.")]
    [InlineData("Lavrov and Lavrov's deputy said the talks would resume.")]
    [InlineData("The Minister for Foreign Affairs and Expatriates Walid Muallem said the talks would resume.")]
    [InlineData("(TASS and Agencies) Lavrov said the talks would resume.")]
    [InlineData("United States Citizenship and Immigration Services said the applications were delayed.")]
    [InlineData("The vote was close, according to early results of exit polls conducted for Reuters and Al Jazeera.")]
    [InlineData("The race was tied, according to early results of exit polls conducted for the Associated Press and CNN.")]
    public void A_phrase_that_is_not_a_list_of_named_speakers_stays_one_source(string body)
    {
        Read(body).Should().ContainSingle(Speakers(body));
    }

    [Sitrep.Tests.Places.GazetteerFact]
    public void A_lone_demonym_is_not_a_speaker_of_its_own()
    {
        const string body = "Syrian and Russian forces said the town was taken.";
        Read(body).Should().ContainSingle(Speakers(body));
    }

    [Sitrep.Tests.Places.GazetteerFact]
    public void Towns_do_not_speak_but_capitals_speak_for_their_states()
    {
        AttributionReading.WithPlaces("Rebel factions in Aleppo, Hama and Idlib announced that they had formed an operations room.").Should().ContainSingle();
        AttributionReading.WithPlaces("Washington and Paris say the regime was behind the attack.").Select(a => a.SourceCanonical).Should().Equal("United States", "France");
    }

    [Fact]
    public void A_name_read_before_the_list_stays_out_of_it()
    {
        const string body = "In Moscow, Russia and Iran said the talks would resume.";
        Read(body).Select(a => a.SourceCanonical).Should().Equal("Russia", "Iran");
    }

    [Fact]
    public void The_scorer_reads_a_split_reading_as_one_with_the_whole_source()
    {
        const string body = "Russia and Iran said the strikes were legal.";
        var joined = CoordinatedSpeakers.Joined(Read(body)).Should().ContainSingle().Subject;
        joined.Source.Of(body).Should().Be("Russia and Iran");
        joined.Content.Of(body).Should().Be("the strikes were legal");
    }
}

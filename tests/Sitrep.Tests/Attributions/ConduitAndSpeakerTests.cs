using Sitrep.Analyse.Attributions;
using Sitrep.Documents;

namespace Sitrep.Tests.Attributions;

/// <summary>Chains through "according to" (the speaker keeps his words, the frame becomes the relay) and descriptions of
/// speakers that name no one before them, on synthetic paragraphs in the style of the seeds.</summary>
public class ConduitAndSpeakerTests
{
    private static List<Attribution> Read(string body) => AttributionReading.AttributionsOf(body);

    /// <summary>The source and content of the one attribution read in <paramref name="body"/>.</summary>
    private static (string Source, string Content) SourceAndContent(string body)
    {
        var a = Read(body).Should().ContainSingle().Subject;
        return (a.Source.Of(body), a.Content.Of(body));
    }

    /// <summary>As <see cref="With"/>, with the places stage run first as in the pipeline (states told from towns).</summary>
    private static Attribution Of(string body, string content) =>
        AttributionReading.WithPlaces(body).Should().ContainSingle(a => a.Content.Of(body) == content).Subject;

    private static Attribution With(string body, string content)
    {
        var list = Read(body);
        return list.Should().ContainSingle(a => a.Content.Of(body) == content, string.Join(" | ", list.Select(a => $"{a.Source.Of(body)} {a.Cue.Of(body)} [{a.Content.Of(body)}]"))).Subject;
    }

    [Fact]
    public void According_to_a_ministry_the_general_who_stated_it_keeps_the_claim()
    {
        const string body = "According to the Russian Ministry of Defence, Lieutenant General Aleksandr Lapin stated that the corridor would stay open.";
        var a = Read(body).Should().ContainSingle().Subject;
        a.SourceCanonical.Should().Be("Aleksandr Lapin");
        a.Cue.Of(body).Should().Be("stated");
        a.Content.Of(body).Should().Be("that the corridor would stay open");
        a.Via.Should().Be("Russian Ministry of Defence");
    }

    [Fact]
    public void An_outlet_reporting_the_chain_is_the_carrier_of_the_generals_words()
    {
        const string body = "RT reports that, according to the Russian Ministry of Defence, Lieutenant General Aleksandr Lapin stated that the corridor would stay open.";
        var a = Read(body).Should().ContainSingle().Subject;
        a.SourceCanonical.Should().Be("Aleksandr Lapin");
        a.Via.Should().Be("RT");
    }

    [Fact]
    public void A_frame_after_the_speakers_words_relays_them()
    {
        const string body = "Foreign Minister Sergey Lavrov said on Tuesday that the situation was serious, according to Der Spiegel.";
        var a = With(body, "that the situation was serious");
        a.SourceCanonical.Should().Be("Sergey Lavrov");
        a.Via.Should().Be("Der Spiegel");
    }

    [Fact]
    public void A_frame_inside_what_the_speaker_said_is_what_he_reported()
    {
        const string body = "Foreign Minister Sergey Lavrov noted that, according to the EU instructions, all these countries must condemn the annexation of Crimea.";
        var a = Read(body).Should().ContainSingle().Subject;
        a.SourceCanonical.Should().Be("Sergey Lavrov");
        a.Via.Should().BeNull();
    }

    [Fact]
    public void Respondents_of_a_poll_stay_the_polls()
    {
        const string body = "Some 51 percent of respondents said they would vote for the ceasefire plan, according to a Levada Center poll.";
        Read(body).Should().ContainSingle().Which.Cue.Of(body).Should().Be("according to");
    }

    [Fact]
    public void A_circumstance_before_a_colon_is_not_part_of_the_quotation()
    {
        const string body = "Foreign Minister Sergey Lavrov said on Tuesday: “The convoy will pass.”";
        var a = Read(body).Should().ContainSingle().Subject;
        a.Content.Of(body).Should().Be("“The convoy will pass.”");
        a.Kind.Should().Be("direct");
    }

    [Fact]
    public void An_indefinite_spokesman_is_not_the_last_person_named()
    {
        const string body = "Foreign Minister Sergey Lavrov met his Turkish counterpart in Sochi. A spokesman told Sputnik that the casualty figure was inflated.";
        var a = With(body, "that the casualty figure was inflated");
        a.SourceCanonical.Should().BeNull();
        a.SourceType.Should().Be("anonymous");
        a.Via.Should().Be("Sputnik");
    }

    [Fact]
    public void An_indefinite_spokesman_of_a_named_body_speaks_for_it_but_not_for_a_state_or_an_outlet()
    {
        const string body = "Foreign Minister Sergey Lavrov met his Turkish counterpart in Sochi. A spokesman for the Syrian Arab Red Crescent said that 40 trucks were waiting. A Syrian opposition spokesman said that the road was mined. An AFP correspondent said that shelling could be heard.";
        With(body, "that 40 trucks were waiting").SourceCanonical.Should().Be("Syrian Arab Red Crescent");
        With(body, "that the road was mined").SourceType.Should().Be("anonymous");
        With(body, "that shelling could be heard").SourceType.Should().Be("anonymous");
    }

    [Fact]
    public void A_ministry_spokesman_speaks_for_the_ministry_named_before_not_for_a_person()
    {
        const string withMinistry = "Foreign Minister Sergey Lavrov arrived in Ankara as the Russian Defence Ministry released new figures. The ministry spokesman added that two convoys had crossed the river.";
        With(withMinistry, "that two convoys had crossed the river").SourceCanonical.Should().Contain("Ministry");
        const string withoutMinistry = "Foreign Minister Sergey Lavrov arrived in Ankara on Monday evening. The ministry spokesman added that two convoys had crossed the river.";
        With(withoutMinistry, "that two convoys had crossed the river").SourceCanonical.Should().NotBe("Sergey Lavrov");
    }

    [Fact]
    public void The_minister_is_the_person_introduced_as_minister_and_the_French_minister_is_no_one_named()
    {
        const string body = "Foreign Minister Sergey Lavrov met Lieutenant General Aleksandr Lapin in Latakia. The minister said the talks were useful. The French minister said the situation was serious.";
        With(body, "the talks were useful").SourceCanonical.Should().Be("Sergey Lavrov");
        With(body, "the situation was serious").SourceCanonical.Should().BeNull();
    }

    [Fact]
    public void The_minister_is_not_the_person_just_named_with_another_office()
    {
        const string body = "US President Barack Obama spoke to reporters in Washington on Monday. Obama said nothing of the convoy. The talks would resume next week, the minister said in Damascus.";
        var a = With(body, "The talks would resume next week");
        a.SourceCanonical.Should().BeNull();
        a.SourceType.Should().Be("person");
        const string president = "US President Barack Obama spoke to reporters in Washington on Monday. The talks would resume next week, the president said.";
        With(president, "The talks would resume next week").SourceCanonical.Should().Be("Barack Obama");
    }

    [Theory]
    [InlineData("A spokesman at the hospital in Kafr Takharim in Idlib said an air strike hit its courtyard.", "A spokesman at the hospital in Kafr Takharim in Idlib")]
    [InlineData("Residents in eastern Aleppo said they feared shortages.", "Residents in eastern Aleppo")]
    [InlineData("A contributor to The New Arab based in Aleppo reported at least five air raids.", "A contributor to The New Arab based in Aleppo")]
    [InlineData("One civil defence volunteer said they had been unable to reach the building.", "One civil defence volunteer")]
    [InlineData("Activists in northern rural Homs said the jets hit a school.", "Activists in northern rural Homs")]
    [InlineData("A resident speaking from Aleppo said people had waited since Friday.", "A resident speaking from Aleppo")]
    [InlineData("Activists in Ein Tarma said the gas killed dozens.", "Activists in Ein Tarma")]
    public void A_speaker_described_by_where_he_is_is_no_town(string sentence, string source)
    {
        var body = "Rami Abdel Rahman said the toll was rising. " + sentence;
        var a = AttributionReading.WithPlaces(body).Should().ContainSingle(x => x.Source.Of(body) == source).Subject;
        a.SourceType.Should().Be("anonymous");
    }

    [Fact]
    public void A_named_outlets_reporter_speaks_for_the_outlet_unless_someone_was_introduced_in_that_role()
    {
        const string body = "Shells hit the square of Jubata al-Khashab on Sunday. According to SANA reporter, two citizens were injured in the attack.";
        With(body, "two citizens were injured in the attack").SourceCanonical.Should().Be("SANA");
        const string director = "Rami Abdel Rahman, director of the Syrian Observatory for Human Rights, counted the dead. The Observatory director said the toll would rise.";
        With(director, "the toll would rise").SourceCanonical.Should().Be("Rami Abdel Rahman");
    }

    [Fact]
    public void A_name_before_his_title_of_a_body_is_the_speaker_and_a_placed_body_is_its_own()
    {
        const string named = "Shelling hit the town on Monday. Rami Abdel Rahman head of the Syrian Observatory for Human Rights said 12 people were killed.";
        Of(named, "12 people were killed").SourceCanonical.Should().Be("Rami Abdel Rahman");
        const string placed = "The Syrian Observatory for Human Rights counted 12 dead. The directorate of health in Idlib province said the hospitals were full.";
        Of(placed, "the hospitals were full").SourceCanonical.Should().Be("directorate of health in Idlib province");
        const string network = "The Syrian Observatory for Human Rights counted 12 dead. A network of sources inside Syria said the toll would rise.";
        Of(network, "the toll would rise").SourceType.Should().Be("anonymous");
    }

    [Theory]
    [InlineData("The regime said the rebels had fled.", "government")]
    [InlineData("The interior ministry said two bombers died.", "government")]
    [InlineData("State television reported 12 dead.", "media")]
    [InlineData("The opposition accused the army of the attack.", "organization")]
    [InlineData("Western countries said the bombing targeted hospitals.", "government")]
    public void A_speaker_the_text_never_named_still_has_its_kind(string body, string type)
    {
        var a = Read(body).Should().ContainSingle().Subject;
        a.SourceCanonical.Should().BeNull();
        a.SourceType.Should().Be(type);
    }

    [Theory]
    [InlineData("Turkish troops entered the town, the Dogan news agency reported.", "Dogan")]
    [InlineData("The state-run al-Watan newspaper said that government forces surrounded the city.", "al-Watan")]
    public void A_name_before_a_news_outlets_head_is_the_outlet(string body, string outlet)
    {
        var a = Read(body).Should().ContainSingle().Subject;
        a.SourceCanonical.Should().Be(outlet);
        a.SourceType.Should().Be("media");
    }

    [Fact]
    public void What_a_relative_clause_in_the_source_names_is_not_the_speaker()
    {
        const string body = "The Syrian Observatory for Human Rights which monitors violence in Syria said 40 people were killed.";
        With(body, "40 people were killed").SourceCanonical.Should().Be("Syrian Observatory for Human Rights");
        const string man = "The man who killed Bashar al-Assad's guard said nothing more.";
        Read(man).Should().NotContain(a => a.SourceCanonical == "Bashar al-Assad");
    }

    [Fact]
    public void A_described_body_is_the_last_one_of_its_kind()
    {
        const string agency = "Sputnik said the convoy was hit. The US-led coalition struck the town. The news agency reported that 12 people died.";
        With(agency, "that 12 people died").SourceCanonical.Should().Be("Sputnik");
        const string group = "The Syrian army took the town. The terrorist group said it would fight on.";
        With(group, "it would fight on").SourceCanonical.Should().NotBe("Syrian Arab Army");
        // "The group" is no outlet, and a bracketed photo credit before the sentence is not part of its source.
        const string credit = "Syria Civil Defence said it had recorded three deaths. Civilians reached the hospital after the attack. "
                              + "(Reuters) The group which describes itself as a neutral band of rescue volunteers said it could not verify the nature of the gas.";
        var rescuers = With(credit, "it could not verify the nature of the gas");
        rescuers.Source.Of(credit).Should().StartWith("The group");
        rescuers.SourceCanonical.Should().Be("White Helmets");
        // "The army" is a state's body, never the monitor named last.
        const string army = "The Syrian Observatory for Human Rights said 40 people died. The army said it had launched an operation to recapture the city.";
        var a = With(army, "it had launched an operation to recapture the city");
        a.SourceCanonical.Should().NotBe("Syrian Observatory for Human Rights");
        a.SourceType.Should().Be("government");
    }

    [Fact]
    public void I_is_a_person_the_writer_or_the_one_quoted()
    {
        const string body = "As I said previously, for the Russians Palmyra is a key objective.";
        var a = With(body, "for the Russians Palmyra is a key objective");
        a.SourceType.Should().Be("person");
        a.SourceCanonical.Should().BeNull();
    }

    [Theory]
    [InlineData("Russia's military denied carrying out any strikes near the town.", "carrying out any strikes near the town", "Russian Armed Forces")]
    [InlineData("Israel's army declined to comment on the attack.", "to comment on the attack", "Israel Defense Forces")]
    [InlineData("Turkey's army said it had shelled the positions.", "it had shelled the positions", "Turkish Armed Forces")]
    public void A_state_s_army_in_the_possessive_is_that_state_s_armed_forces(string body, string content, string army)
    {
        var a = With(body, content);
        a.SourceCanonical.Should().Be(army);
        a.SourceType.Should().Be("government");
    }

    [Fact]
    public void A_bodys_figures_are_the_bodys_and_a_pollster_is_no_town()
    {
        const string body = "According to the latest figures from Gallup, only 1% of Russians approve of the US leadership.";
        var a = With(body, "only 1% of Russians approve of the US leadership");
        a.SourceCanonical.Should().Be("Gallup");
        a.SourceType.Should().Be("organization");
        Read("Reports from residents said three people died.").Should().ContainSingle().Which.SourceType.Should().Be("anonymous");
    }

    [Fact]
    public void Which_is_never_a_person()
    {
        const string body = "Russian Defense Minister Sergei Shoigu determined May 25 the expiry date of this truce, which considered that the truce option has proved to be a failure.";
        With(body, "that the truce option has proved to be a failure").SourceCanonical.Should().NotBe("Sergei Shoigu");
    }

    [Fact]
    public void It_is_a_body_or_a_state_never_a_village_the_gazetteer_does_not_know()
    {
        const string body = "A source at Homs Governorate told SANA that terrorists fired two mortar shells on houses in Ain al-Dananeer village. " +
                            "It added that a woman was killed.";
        With(body, "that a woman was killed").SourceCanonical.Should().NotBe("Ain al-Dananeer");
        const string town = "A source at Homs Governorate told SANA that terrorists fired two mortar shells on houses in Kafraya. It added that a woman was killed.";
        AttributionReading.WithPlaces(town).Should().Contain(a => a.Content.Of(town) == "that a woman was killed").Which.SourceCanonical.Should().NotBe("Kafraya");
    }

    [Fact]
    public void He_after_an_unnamed_witness_is_that_witness_not_the_person_named_before()
    {
        const string body = "UN envoy Staffan de Mistura met rebels in Geneva on Monday. A witness said the jets came at dawn. He said the strikes went on all night.";
        var he = With(body, "the strikes went on all night");
        he.SourceCanonical.Should().BeNull();
        he.SourceType.Should().Be("anonymous");
    }

    [Fact]
    public void An_armed_groups_fighters_speak_for_the_group_and_the_same_role_again_is_the_same_speaker()
    {
        const string body = "A truck bomb hit the Kurdish headquarters. Islamic State fighters claimed the attack. UN officials said the convoy was hit.";
        With(body, "the attack").SourceCanonical.Should().Be("Islamic State");
        With(body, "the convoy was hit").SourceType.Should().Be("anonymous");
        const string reporter = "Shells hit Jubata al-Khashab on Sunday, according to SANA reporter. The reporter pointed out that two citizens were injured.";
        With(reporter, "that two citizens were injured").SourceCanonical.Should().Be("SANA");
        const string observatory = "Islamic State fighters seized the town. The toll rose to 40, the Observatory said.";
        With(observatory, "The toll rose to 40").SourceCanonical.Should().Be("Syrian Observatory for Human Rights");
    }

    [Fact]
    public void A_person_in_the_possessive_is_not_the_speaker_and_a_described_monitor_is_the_one_the_knowledge_base_describes()
    {
        const string critic = "Senator John McCain, a Republican critic of Obama's Syria policy, said the strikes had failed.";
        With(critic, "the strikes had failed").SourceCanonical.Should().Be("John McCain");
        const string monitor = "The Syrian Observatory for Human Rights counted 12 dead. Al-Qaeda fighters seized the town. The Britain-based monitor said three children were among the dead.";
        With(monitor, "three children were among the dead").SourceCanonical.Should().Be("Syrian Observatory for Human Rights");
    }

    [Fact]
    public void A_correspondent_is_never_the_newsmaker_named_last_and_a_states_authorities_are_the_state()
    {
        const string press = "US President Barack Obama spoke in Washington. Resources are running low, the correspondent in the city said.";
        var a = With(press, "Resources are running low");
        a.SourceCanonical.Should().BeNull();
        a.SourceType.Should().Be("person");
        const string authorities = "Amnesty International accused the coalition of killing civilians. The US authorities pledged to investigate.";
        Of(authorities, "to investigate").SourceCanonical.Should().Be("United States");
    }

    [Theory]
    [InlineData("Many Syrians say they want peace.", "anonymous")]
    [InlineData("Syrians said the shelling went on.", "anonymous")]
    [InlineData("The Russians stressed the need to reach the border.", "government")]
    public void People_of_a_nation_are_anonymous_and_the_Russians_their_state(string body, string type) =>
        AttributionReading.WithPlaces(body).Should().ContainSingle().Which.SourceType.Should().Be(type);

    [Fact]
    public void A_body_named_for_its_field_is_the_whole_name()
    {
        const string body = "The Directorate of Health in east Aleppo reported that the hospitals were full.";
        var a = AttributionReading.WithPlaces(body).Should().ContainSingle().Subject;
        a.SourceCanonical.Should().Be("Directorate of Health");
        a.SourceType.Should().Be("organization");
    }

    [Fact]
    public void A_state_body_described_at_length_is_itself_and_an_epithet_is_the_body_named_before()
    {
        const string body = "An AFP photographer saw the rubble. The Russian ceasefire monitoring center in Syria said the truce held. " +
                            "The Syrian Observatory for Human Rights reported 12 dead. The Britain-based monitoring group said more bodies were found.";
        Of(body, "the truce held").SourceCanonical.Should().Be("Russian ceasefire monitoring center in Syria");
        Of(body, "more bodies were found").SourceCanonical.Should().Be("Syrian Observatory for Human Rights");
        const string based = "The Syrian Observatory for Human Rights reported 12 dead in Idlib. A monitoring group based in the UK said the strikes hit a school.";
        Of(based, "the strikes hit a school").SourceCanonical.Should().NotBe("United Kingdom");
    }

    [Fact]
    public void A_description_with_an_apposed_name_is_that_person()
    {
        const string body = "Vladimir Putin has never praised Stalin in public. On a recent trip to Moscow, British Russia expert, Paul Robinson, discussed his conclusions about this myth.";
        With(body, "his conclusions about this myth").SourceCanonical.Should().Be("Paul Robinson");
    }

    [Theory]
    [InlineData("“The situation on the ground is very serious,” de Mistura told reporters.", "de Mistura")]
    [InlineData("“The operation will go on,” al-Moallem said.", "al-Moallem")]
    [InlineData("“Nobody will be forgotten,” van Rompuy said.", "van Rompuy")]
    public void A_name_opening_with_a_lower_case_particle_is_the_speaker(string body, string source)
    {
        var a = Read(body).Should().ContainSingle().Subject;
        a.Source.Of(body).Should().Be(source);
        a.Kind.Should().Be("direct");
    }

    [Fact]
    public void An_expletive_passive_takes_its_agent_as_the_source_or_no_one()
    {
        const string byAgent = "It was reported by SANA that the aircraft had returned safely to the Hmeimim base.";
        var a = Read(byAgent).Should().ContainSingle().Subject;
        a.Source.Of(byAgent).Should().Be("SANA");
        a.Cue.Of(byAgent).Should().Be("was reported");
        a.Content.Of(byAgent).Should().Be("that the aircraft had returned safely to the Hmeimim base");
        const string noAgent = "It has been announced that the convoy will leave Homs on Friday.";
        var b = Read(noAgent).Should().ContainSingle().Subject;
        b.Source.IsEmpty.Should().BeTrue();
        b.SourceType.Should().Be("anonymous");
        b.Content.Of(noAgent).Should().Be("that the convoy will leave Homs on Friday");
    }

    [Fact]
    public void A_report_that_says_its_own_piece_carries_nothing_in_the_next_paragraph()
    {
        const string body = "SANA reported that 12 militants were killed near Hama.\n\nThe Russian Defence Ministry's spokesman, Major General Igor Konashenkov, told journalists that the strikes hit a weapons depot.";
        var a = With(body, "that the strikes hit a weapons depot");
        a.Via.Should().BeNull();
        a.SourceCanonical.Should().Be("Igor Konashenkov");
    }

    [Fact]
    public void An_outlet_that_hands_over_to_a_speaker_carries_his_next_paragraphs()
    {
        const string body = "Press TV reported that the army controls most of the province. Major General Igor Konashenkov stated that the strikes hit a weapons depot.\n\nKonashenkov also said that no civilians were harmed.";
        With(body, "that no civilians were harmed").Via.Should().Be("Press TV");
    }

    [Fact]
    public void A_bodys_spokesman_in_the_possessive_speaks_for_the_body()
    {
        const string body = "State Department spokesman Mark Toner rejected the claim on Monday. The Russian Defence Ministry's spokesman told journalists that the strikes hit a weapons depot.";
        With(body, "that the strikes hit a weapons depot").SourceCanonical.Should().Contain("Ministry");
    }

    [Fact]
    public void An_outlet_opening_the_sentence_carries_the_words()
    {
        const string body = "Foreign Minister Sergey Lavrov met his Turkish counterpart in Sochi. In an interview with RT, the minister added that Moscow would not accept any delay.";
        With(body, "that Moscow would not accept any delay").Via.Should().Be("RT");
    }

    [Fact]
    public void The_one_an_agency_quoted_as_saying_is_the_speaker_and_the_agency_the_carrier()
    {
        const string named = "TASS quoted Major General Igor Konashenkov as saying that the strikes hit a weapons depot near Palmyra.";
        var a = Read(named).Should().ContainSingle().Subject;
        a.SourceCanonical.Should().Be("Igor Konashenkov");
        a.Content.Of(named).Should().Be("that the strikes hit a weapons depot near Palmyra");
        a.Via.Should().Be("TASS");
        const string before = "A Russian air strike killed 49 Nusra Front militants in Idlib province, the Rossiya 24 channel cited the Russian Defence Ministry as saying on Thursday.";
        var b = Read(before).Should().ContainSingle().Subject;
        b.Content.Of(before).Should().Be("A Russian air strike killed 49 Nusra Front militants in Idlib province");
        b.SourceCanonical.Should().Contain("Ministry");
        b.Via.Should().Be("the Rossiya 24 channel");
    }

    [Fact]
    public void An_outlet_citing_a_source_passes_on_the_sources_words()
    {
        const string body = "Sputnik, citing a source in the Syrian army, reported that the militants had fled toward Idlib.";
        var a = Read(body).Should().ContainSingle().Subject;
        a.Source.Of(body).Should().Be("a source in the Syrian army");
        a.SourceType.Should().Be("anonymous");
        a.Via.Should().Be("Sputnik");
    }

    [Theory]
    [InlineData("Activists said that 14 civilians were killed in the shelling of the town.")]
    [InlineData("Officials in Damascus said that the army had secured the highway to Aleppo.")]
    [InlineData("Residents in the area said that the bakery had been hit twice.")]
    public void Unnamed_sources_opening_the_sentence_are_anonymous_not_a_name_or_a_city(string body)
    {
        var a = Read(body).Should().ContainSingle().Subject;
        a.SourceType.Should().Be("anonymous");
        a.SourceCanonical.Should().BeNull();
    }

    [Fact]
    public void Where_a_monitor_is_based_is_not_who_speaks()
    {
        const string body = "The Syrian Observatory for Human Rights counted the dead in Idlib. The Britain-based monitor said that 17 people were killed.";
        With(body, "that 17 people were killed").SourceCanonical.Should().Be("Syrian Observatory for Human Rights");
    }

    [Fact]
    public void An_indefinite_body_is_anonymous_unless_it_stands_in_apposition_to_a_name()
    {
        const string alone = "Foreign Minister Sergey Lavrov met the envoy in Geneva. A monitoring group said that 17 people were killed.";
        With(alone, "that 17 people were killed").SourceType.Should().Be("anonymous");
        const string apposed = "The Syrian Observatory for Human Rights, a Britain-based monitoring group, said that 17 people were killed.";
        With(apposed, "that 17 people were killed").SourceCanonical.Should().Be("Syrian Observatory for Human Rights");
    }

    [Theory]
    [InlineData("WHO said that the hospital in Idlib had been hit twice.", "organization")]
    [InlineData("Rebels said that the town of Khan Sheikhoun had been shelled again.", "anonymous")]
    [InlineData("Footage showed that the market in Douma had been destroyed.", "anonymous")]
    public void Initials_are_a_body_and_unnamed_fighters_or_footage_no_one(string body, string type)
    {
        Read(body).Should().ContainSingle().Which.SourceType.Should().Be(type);
    }

    [Sitrep.Tests.Places.GazetteerTheory]
    [InlineData("Moscow has denied the claims that its jets hit the hospital.", "Russia")]
    [InlineData("Damascus said that the rebels had used chemical weapons.", "Syria")]
    public void A_capital_speaks_for_its_state(string body, string state)
    {
        // The places stage links the capital to GeoNames, as in the pipeline.
        var a = AttributionReading.WithPlaces(body).Should().ContainSingle().Subject;
        a.SourceCanonical.Should().Be(state);
        a.SourceType.Should().Be("government");
    }

    [Sitrep.Tests.Places.GazetteerFact]
    public void The_country_is_the_state_named_last_not_a_town()
    {
        const string body = "Iran sent more advisers to Aleppo. The country said it would keep supporting the government.";
        var a = AttributionReading.WithPlaces(body).Should().ContainSingle(x => x.Source.Of(body) == "The country").Subject;
        a.SourceCanonical.Should().Be("Iran");
        a.SourceType.Should().Be("government");
    }

    [Theory]
    [InlineData("\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said.", "Mr. Morgan of the Sierra Club", "Morgan")]
    [InlineData("\"The corridor is open,\" Lieutenant General Aleksandr Lapin of the Russian General Staff said.",
        "Lieutenant General Aleksandr Lapin of the Russian General Staff", "Aleksandr Lapin")]
    [InlineData("\"The corridor is open,\" General Lapin of the General Staff said.", "General Lapin of the General Staff", "Lapin")]
    public void A_name_of_the_body_he_serves_is_the_named_person(string body, string source, string canonical)
    {
        var a = Read(body).Should().ContainSingle().Subject;
        a.Source.Of(body).Should().Be(source);
        a.SourceCanonical.Should().Be(canonical);
        a.SourceType.Should().Be("person");
    }

    [Fact]
    public void A_capitalised_first_word_before_of_the_is_no_name()
    {
        const string body = "Units of the army said the convoy was hit.";
        Read(body).Should().ContainSingle().Which.Source.Of(body).Should().Be("the army");
    }

    [Theory]
    [InlineData("The International Committee of the Red Cross said the convoy was hit.", "International Committee of the Red Cross")]
    [InlineData("Doctors Without Borders said two hospitals were hit.", "Médecins Sans Frontières")]
    [InlineData("Rami Abdulrahman said the convoy was hit.", "Rami Abdel Rahman")]
    [InlineData("De Mistura told reporters that the convoy was hit.", "Staffan de Mistura")]
    public void Monitors_and_aid_bodies_are_known_by_every_name(string body, string canonical)
    {
        Read(body).Should().ContainSingle().Which.SourceCanonical.Should().Be(canonical);
    }

    [Fact]
    public void A_subject_with_a_relative_clause_is_not_read_in_inverted_order()
    {
        const string body = "Syria analyst Aron Lund, who studies the armed groups at the Carnegie Endowment, said Russia's statement didn't clarify the matter.";
        SourceAndContent(body).Should().Be(("Syria analyst Aron Lund", "Russia's statement didn't clarify the matter"));
    }

    [Fact]
    public void A_name_with_an_apposition_is_the_subject_of_a_second_verb()
    {
        const string body = "Lavrov, the foreign minister, arrived in Geneva on Monday and said the truce would hold.";
        var a = Read(body).Should().ContainSingle().Subject;
        a.Source.Of(body).Should().Be("Lavrov");
        a.SourceCanonical.Should().Be("Sergey Lavrov");
        a.Content.Of(body).Should().Be("the truce would hold");
    }

    [Theory]
    [InlineData("''The corridor will stay open,'' Mr. Lavrov said at the opening session of the talks, the Astana meeting, held this year in Kazakhstan.")]
    [InlineData("''The corridor will stay open,'' he said aboard his plane on Monday as he flew to Geneva.")]
    public void A_quotation_in_two_apostrophes_before_the_speaker_is_what_he_said(string body)
    {
        var a = Read(body).Should().ContainSingle().Subject;
        a.Content.Of(body).Should().Be("''The corridor will stay open,''");
        a.Kind.Should().Be("direct");
    }

    [Theory]
    [InlineData("Senator Jon Tester, chairman of the campaign committee, said having Assad at the table puts the talks at risk.",
        "Senator Jon Tester", "having Assad at the table puts the talks at risk")]
    [InlineData("Mr. Manafort, citing the magic of the campaign, said the candidate could win in the north.",
        "Mr. Manafort", "the candidate could win in the north")]
    public void A_name_with_an_apposition_before_the_cue_is_its_subject(string body, string source, string content)
    {
        SourceAndContent(body).Should().Be((source, content));
    }

    [Theory]
    [InlineData("Sen. Jack Reed (D-R.I.) said the truce would hold.", "Sen. Jack Reed (D-R.I.)")]
    [InlineData("Rep. Gregory Meeks (D-N.Y.) said the truce would hold.", "Rep. Gregory Meeks (D-N.Y.)")]
    public void A_party_and_state_in_initials_do_not_end_the_sentence(string body, string source)
    {
        SourceAndContent(body).Should().Be((source, "the truce would hold"));
    }

    [Fact]
    public void A_name_and_its_verb_after_the_cue_open_the_content()
    {
        const string body = "Lavrov said Kerry reassured him that the truce would hold.";
        Read(body).Should().ContainSingle().Which.Content.Of(body).Should().Be("Kerry reassured him that the truce would hold");
    }

    [Fact]
    public void A_day_after_the_listener_is_not_part_of_the_outlet()
    {
        const string body = "Lavrov told The Post on Saturday that the truce would hold.";
        var a = Read(body).Should().ContainSingle().Subject;
        a.Via.Should().Be("The Post");
        a.Content.Of(body).Should().Be("that the truce would hold");
    }

    [Fact]
    public void A_fronted_despite_phrase_is_not_what_was_said_and_if_after_the_verb_opens_the_content()
    {
        const string body = "Despite challenging the majority leader, Cruz said if elected president he could work with the leadership.";
        Read(body).Should().ContainSingle().Which.Content.Of(body).Should().Be("if elected president he could work with the leadership");
    }

    [Fact]
    public void An_inverted_source_may_open_with_several_words_of_description()
    {
        const string body = "\"The corridor is open,\" said former regional governor Talal Barazi during the visit.";
        var a = Read(body).Should().ContainSingle().Subject;
        a.Source.Of(body).Should().Be("former regional governor Talal Barazi");
        a.SourceCanonical.Should().Be("Talal al-Barazi", "the actor table knows him");
    }

    [Theory]
    [InlineData("In Aleppo, according to SANA, the army took the town.", "the army took the town")]
    [InlineData("On Monday, according to SANA, the army took the town.", "the army took the town")]
    [InlineData("At least 14 civilians were killed in the strike, according to the Observatory, but the figure could rise.", "At least 14 civilians were killed in the strike")]
    [InlineData("The army holds 70 percent of the city, according to a tally by the Observatory, two of whose monitors live there.", "The army holds 70 percent of the city")]
    public void According_to_in_mid_sentence_frames_the_clause_not_the_writer_s_words(string body, string content)
    {
        Read(body).Should().ContainSingle().Which.Content.Of(body).Should().Be(content);
    }

    [Theory]
    [InlineData("On Friday morning, as the convoy crossed the river, SANA reported at least six shells hit the crossing.", "at least six shells hit the crossing")]
    [InlineData("While the envoys met in Geneva, Lavrov told reporters this was the last chance for a truce.", "this was the last chance for a truce")]
    public void A_count_or_this_after_the_cue_opens_the_claim_not_the_fronted_words(string body, string content)
    {
        Read(body).Should().Contain(a => a.Content.Of(body) == content);
        Read(body).Should().NotContain(a => a.Content.Start == 0);
    }

    [Sitrep.Tests.Places.GazetteerFact]
    public void A_leader_s_administration_speaks_for_his_state()
    {
        const string body = "The Obama administration does not want peace in Syria.";
        Read(body).Should().Contain(a => a.Source.Of(body) == "The Obama administration" && a.SourceCanonical == "United States" && a.SourceType == "government");
    }

    [Theory]
    [InlineData("To the west, the US backed Syrian Democratic Forces (SDF) swiftly announced on Saturday a separate offensive.", "backed")]
    [InlineData("It seems obvious that these moves U.S. supported forces are planned to prevent any gains.", "supported")]
    public void A_participle_that_lost_its_hyphen_is_no_cue(string body, string word)
    {
        Read(body).Should().NotContain(a => a.Cue.Of(body) == word);
    }

    [Fact]
    public void A_possessive_pronoun_source_is_the_person_named_before()
    {
        const string body = "Lavrov spoke in Geneva. His opposition to the war is well known.";
        Read(body).Should().ContainSingle(a => a.Source.Of(body) == "His").Which.SourceCanonical.Should().Be("Sergey Lavrov");
    }

    [Sitrep.Tests.Places.GazetteerFact]
    public void US_in_capitals_is_the_United_States_not_the_pronoun()
    {
        const string body = "The talks in Geneva ended on Friday.\n\nUS asks Russia not to target the Nusra Front in Aleppo.";
        AttributionReading.WithPlaces(body).Should().ContainSingle(a => a.Source.Of(body) == "US").Which.SourceCanonical.Should().Be("United States");
    }

    [Theory]
    [InlineData("UNICEF", "organization")]
    [InlineData("CENTCOM", "organization")]
    [InlineData("Sanders", "person")]
    public void A_name_the_entities_stage_could_not_type_is_a_person_unless_in_capitals(string name, string type)
    {
        var speakers = new SpeakerResolver(Sitrep.Knowledge.ActorTableReader.Default, SourceWords.Default, Sitrep.Knowledge.GazetteerLoader.Default);
        speakers.TypeOf(new EntityMention(new TextSpan(0, name.Length), name, "OTHER", name, null)).Should().Be(type);
    }

    [Fact]
    public void A_former_official_is_the_source_of_the_quotation_split_by_the_cue()
    {
        const string body = "\u201cThe corridor is open,\u201d former Foreign Minister Walid Muallem told The Associated Press in 2016, \u201cand it will stay open.\u201d";
        var a = Read(body).Should().ContainSingle().Subject;
        a.Source.Of(body).Should().Be("former Foreign Minister Walid Muallem");
        a.Content.Of(body).Should().StartWith("\u201cThe corridor is open,\u201d").And.EndWith("\u201cand it will stay open.\u201d");
    }
}

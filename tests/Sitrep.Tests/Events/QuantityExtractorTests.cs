using Sitrep.Analyse.Events;
using Sitrep.Documents;

namespace Sitrep.Tests.Events;

public class QuantityExtractorTests
{
    private static List<Quantity> Of(string sentence) =>
        QuantityExtractor.Extract(sentence, WordSplitter.Split(sentence, 0, sentence.Length), FigureLexicon.Default);

    [Fact]
    public void A_loss_of_fighters_and_vehicles_is_killed_and_destroyed_with_the_approximation_kept()
    {
        var q = Of("The IS lost more than 80 terrorists, 36 cars, eight fuel trucks and 17 pickup trucks equipped with mortars.");
        q.Select(x => (x.Value, x.Unit, x.Kind, x.Approx)).Should().Equal(
            (80, "terrorists", "killed", "more than"), (36, "cars", "destroyed", null),
            (8, "fuel trucks", "destroyed", null), (17, "pickup trucks", "destroyed", null));
    }

    [Fact]
    public void A_list_takes_the_verb_that_follows_it()
    {
        var q = Of("“Over 450 terrorists, five tanks and 42 pickups, with heavy machine guns, were liquidated during the operation,” he said.");
        q.Select(x => (x.Value, x.Kind, x.Approx)).Should().Equal((450, "killed", "over"), (5, "destroyed", null), (42, "destroyed", null));
    }

    [Fact]
    public void Shares_money_and_participants_have_their_own_kinds()
    {
        Of("The army is now in control of 85% of the country.").Single().Should().Be(new Quantity(85, null, "%", "percentage", null, "85%"));
        Of("Troops opened fire, killing six.").Single().Should().Match<Quantity>(x => x.Value == 6 && x.Kind == "killed" && x.Unit == null);
        Of("Companies signed a $7 billion deal.").Single().Should().Match<Quantity>(x => x.Value == 7e9 && x.Kind == "money");
        Of("Some 3,000 Russian volunteers joined the fight.").Single().Should().Match<Quantity>(x => x.Value == 3000 && x.Kind == "participants" && x.Approx == "some" && x.Unit == "Russian volunteers");
    }

    [Theory]
    [InlineData("Dozens of civilians were killed.", 12, "dozens")]
    [InlineData("Tens of soldiers were wounded.", 10, "tens")]
    [InlineData("Hundreds of people were displaced.", 100, "hundreds")]
    [InlineData("Twenty-five people were killed.", 25, null)]
    [InlineData("Two dozen women were abducted.", 24, null)]
    public void Vague_and_written_numbers_read_conservatively(string sentence, double value, string? approx)
    {
        var q = Of(sentence).Single();
        q.Value.Should().Be(value);
        q.Approx.Should().Be(approx);
    }

    [Fact]
    public void A_range_keeps_its_lower_bound_as_the_value()
    {
        var q = Of("Between 10 and 15 fighters were killed; another 3 were injured.");
        q[0].Should().Match<Quantity>(x => x.Value == 10 && x.Max == 15 && x.Kind == "killed");
        q[1].Should().Match<Quantity>(x => x.Value == 3 && x.Kind == "wounded");
    }

    [Fact]
    public void Dates_distances_and_years_are_not_figures()
    {
        Of("On May 25, 2017 the convoy drove 140 km south of Raqqa at 10:45.").Should().BeEmpty();
    }

    [Fact]
    public void Killed_and_wounded_in_one_sentence_are_told_apart()
    {
        var q = Of("At least 24 people were killed and 18 others injured after gunmen attacked a church.");
        q.Select(x => (x.Value, x.Kind, x.Approx)).Should().Equal((24, "killed", "at least"), (18, "wounded", null));
    }
}

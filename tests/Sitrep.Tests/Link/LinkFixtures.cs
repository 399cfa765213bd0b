using Sitrep.Documents;

namespace Sitrep.Tests.Link;

/// <summary>Small articles in the style of the seeds, written for these tests.</summary>
public static class LinkFixtures
{
    public const string Statement =
        "The Russian Defence Ministry said its aircraft had tracked three columns of vehicles leaving Raqqa at night and heading south along desert tracks toward Palmyra. " +
        "After the targets were confirmed, Su-34 and Su-24M bombers struck all three groups. More than 80 militants were killed and 32 vehicles were destroyed, among them six fuel tankers and fifteen pickups armed with heavy machine guns.";

    public const string Convoys =
        "Russian jets hit fleeing convoys near Raqqa\n\n" +
        "Moscow has released new footage from its air campaign in eastern Syria, where the fight for the Euphrates valley is entering a decisive phase. " +
        "Officials in the capital describe a deliberate effort to stop fighters slipping out of the besieged city before the final assault begins.\n\n" +
        Statement + "\n\n" +
        "Local activists could not confirm the figures, and the monitoring group based in Britain gave a lower toll. " +
        "Residents of villages along the road described hearing aircraft for several hours after midnight and seeing burnt wrecks at dawn.";

    public const string Harvest =
        "Wheat harvest begins under the threat of fire in Hasakah\n\n" +
        "Farmers in the north-east started cutting wheat this week, weeks later than usual because fuel for the combines arrived late from the coast. " +
        "Agronomists expect a smaller crop than last year after a dry spring and several fires that burnt fields near the Turkish border.\n\n" +
        "Traders in Qamishli said the price offered by the local authorities was too low to cover the cost of seed, fertiliser and diesel, and some growers plan to sell across the front line instead. " +
        "Aid agencies warn that bread prices could rise sharply in the autumn if the harvest is sold outside the region.";

    public const string Quoting =
        "Opinion: what the desert strikes tell us\n\n" +
        "Commentators in Moscow were quick to present the latest raids as proof that the campaign is working. " +
        "The ministry's own account is worth reading in full.\n\n" +
        Statement + "\n\n" +
        "Yet the same statement says nothing about the people in the vehicles, and independent reporters have not been allowed to visit the area since the spring. " +
        "Until they are, the figures remain claims, and readers should treat them as such whatever their source.";

    /// <summary>Convoys republished by another site: new chrome above and below, last paragraph cut, a few words changed.</summary>
    public static string Syndicated =>
        "WORLD | MIDDLE EAST\n\nShare this article: Facebook Twitter Email\n\n" +
        Convoys.Replace("Russian jets hit fleeing convoys near Raqqa", "Russia strikes convoys fleeing Raqqa")
               .Replace("decisive phase", "critical phase")
               .Replace("\n\nLocal activists could not confirm the figures, and the monitoring group based in Britain gave a lower toll. Residents of villages along the road described hearing aircraft for several hours after midnight and seeing burnt wrecks at dawn.", "") +
        "\n\nSubscribe to our newsletter.\n\nRead more: Five things to know about the Euphrates front";

    public static Document Doc(string id, string body, string? date = null, string outlet = "example.org",
        IReadOnlyList<EntityMention>? entities = null, IReadOnlyList<Attribution>? attributions = null, IReadOnlyList<Event>? events = null) => new()
    {
        Id = id,
        Source = new SourceInfo($"{id}.txt", null, "text"),
        Body = body,
        Outlet = new Outlet(outlet, outlet),
        Published = date is null ? null : new PublishedDate(date, "day", "test", 1.0),
        Entities = entities ?? [],
        Attributions = attributions ?? [],
        Events = events ?? [],
    };
}

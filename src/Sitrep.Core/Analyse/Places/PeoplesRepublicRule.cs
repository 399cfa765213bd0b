using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Places;

/// <summary>
/// "the People's Republic of China", "the Democratic People's Republic of Korea": mention detection may stop a name at
/// the possessive and keep only "Republic of China" or "Republic of Korea", which the gazetteer rightly reads as Taiwan
/// and South Korea (GeoVirus: four PRC health ministry mentions pinned in Taiwan). With the words before it the name is
/// the other state.
/// </summary>
public static class PeoplesRepublicRule
{
    private static readonly string[] Prefixes = ["Democratic People's ", "Democratic People’s ", "People's ", "People’s "];

    /// <summary>The candidates of the whole name when the mention continues one of the prefixes, else null.</summary>
    public static PlaceResolver.Candidates? Whole(EntityMention e, string body, Gazetteer gazetteer)
    {
        if (!e.Text.StartsWith("Republic", StringComparison.Ordinal)) return null;
        foreach (var prefix in Prefixes)
        {
            var start = e.Span.Start - prefix.Length;
            if (start < 0 || !body.AsSpan(start, prefix.Length).SequenceEqual(prefix)) continue;
            var places = gazetteer.Lookup(prefix.Replace('’', '\'') + e.Text);
            if (places.Length > 0) return new PlaceResolver.Candidates(e.Text, places.ToArray(), false);
        }
        return null;
    }
}

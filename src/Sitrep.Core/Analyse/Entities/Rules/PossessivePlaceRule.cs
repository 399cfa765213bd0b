namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>
    /// "Queen Anne's County", "Martha's Vineyard", "Prince George's County": a possessive inside a place's name. The phrase
    /// stops after a possessive ("Parker's attorney"), so these were read as a title and a person ("Queen Anne") and the
    /// county was lost (GeoVirus, twice). The words up to two past the possessive are tried against the gazetteer, whose
    /// names fold "Anne's" to "annes".
    /// </summary>
    private int? PossessivePlaceRule(Scan s, int i, int chunkEnd)
    {
        var tokens = s.Tokens;
        if (!tokens[chunkEnd - 1].Has(TokenFlags.Possessive) || chunkEnd >= tokens.Length) return null;
        var head = Join(tokens, i, chunkEnd) + "s";
        for (var extra = Math.Min(2, tokens.Length - chunkEnd); extra >= 1; extra--)
        {
            if (!Joinable(tokens, chunkEnd, chunkEnd + extra) || tokens[chunkEnd].Has(TokenFlags.BreakBefore)) continue;
            var last = tokens[chunkEnd + extra - 1];
            if (!last.Has(TokenFlags.Capitalised) && !NameLexicons.RegionHeads.Contains(last.Folded)) continue;
            if (!gazetteer.ContainsFolded(head + " " + Join(tokens, chunkEnd, chunkEnd + extra))) continue;
            var end = chunkEnd + extra;
            s.Mentions.Add(Place(s, i, end));
            return end;
        }
        return null;
    }
}

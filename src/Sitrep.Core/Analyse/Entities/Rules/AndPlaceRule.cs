namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>
    /// "Bosnia and Herzegovina", "Trinidad and Tobago", "St. Kitts and Nevis": a country whose name joins two names with
    /// "and". A phrase stops at a lower-case "and" (it joins two names far more often), so these were read as two halves,
    /// or as an unknown name; the whole is tried against the gazetteer first.
    /// </summary>
    private int? AndPlaceRule(Scan s, int i, int chunkEnd)
    {
        var tokens = s.Tokens;
        if (chunkEnd + 1 >= tokens.Length || tokens[chunkEnd].Folded != "and" || tokens[chunkEnd].Has(TokenFlags.BreakBefore)
            || tokens[chunkEnd].Has(TokenFlags.Capitalised) || chunkEnd - i > 2) return null;
        var left = Join(tokens, i, chunkEnd) + " and ";
        for (var extra = Math.Min(3, tokens.Length - chunkEnd - 1); extra >= 1; extra--)
        {
            var from = chunkEnd + 1;
            if (!Joinable(tokens, from, from + extra) || tokens[from].Has(TokenFlags.BreakBefore)) continue;
            if (!tokens[from + extra - 1].Has(TokenFlags.Capitalised)) continue;
            var whole = left + Join(tokens, from, from + extra);
            if (!gazetteer.ContainsFolded(whole) || !StatePlace(whole)) continue;
            var end = from + extra;
            s.Mentions.Add(Place(s, i, end));
            return end;
        }
        return null;
    }
}

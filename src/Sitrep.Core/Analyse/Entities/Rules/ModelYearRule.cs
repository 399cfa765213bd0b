namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    private static readonly HashSet<string> Determiners = ["a", "an", "their", "his", "her", "my", "our"];

    private static readonly HashSet<string> Colours =
        ["black", "white", "red", "blue", "green", "silver", "gray", "grey", "brown", "gold", "maroon", "tan", "dark", "light", "beige", "yellow", "orange", "purple"];

    /// <summary>
    /// "a 2001 Cadillac", "their red 1991 Honda", "A 2005 black Ford truck", "a 2007 Toyota Corolla": a model year after
    /// an article makes the capitalised words a vehicle's make and model, not the towns of Cadillac, Michigan or Toyota,
    /// Japan (LGL's crash reports had a dozen such false places). A country or a city of a million is still a place
    /// ("a 2007 U.S. report"), and "the 2009 Walker County fair" names an event's year, not a vehicle's.
    /// </summary>
    private int? ModelYearRule(Scan s, Phrase p)
    {
        var tokens = s.Tokens;
        if (p.PlaceLength == 0 || tokens[p.Start].Has(TokenFlags.BreakBefore) || !AfterModelYear(tokens, p.Start)
            || MajorPlace(Join(tokens, p.Start, p.Start + p.PlaceLength))) return null;
        s.Mentions.Add(Make(s.Text, tokens, p.Start, p.End, "OTHER", SurfaceOf(s.Text, tokens, p.Start, p.End), null));
        return p.End;
    }

    /// <summary>Determiner, a year from 1950 to 2029, then any colour words, right before <paramref name="i"/>.</summary>
    private static bool AfterModelYear(Token[] tokens, int i)
    {
        var k = i - 1;
        while (k >= 0 && Colours.Contains(tokens[k].Folded) && !tokens[k].Has(TokenFlags.Capitalised)) k--;
        if (k < 1 || tokens[k].Folded is not { Length: 4 } year || !year.All(char.IsAsciiDigit)) return false;
        if (int.Parse(year) is < 1950 or > 2029 || tokens[k].Has(TokenFlags.BreakBefore)) return false;
        var d = k - 1;
        while (d > 0 && Colours.Contains(tokens[d].Folded) && !tokens[d].Has(TokenFlags.Capitalised)) d--;   // "their red 1991 Honda"
        return Determiners.Contains(tokens[d].Folded);
    }
}

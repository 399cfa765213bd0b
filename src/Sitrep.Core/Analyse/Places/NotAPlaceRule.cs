using Sitrep.Documents;

namespace Sitrep.Analyse.Places;

/// <summary>
/// Names that folding matches to a gazetteer place but that a reader never pins:
///   - a two-letter word in title case and without a dot ("La Niña", "Ooh La La", "Li", "Lu", "Bo"): the abbreviations the gazetteer lists
///     ("LA", "BO") are written in capitals; in title case the word is a particle or a Chinese or Korean surname
///     (GeoWebNews: "La" pinned at Los Angeles nine times, "Li" at a Norwegian village five times);
///   - a US state's postal code outside an address (<see cref="IsStateCodeOutsideAnAddress"/>);
///   - the Pacific's climate patterns "El Niño" and "La Niña", which share their names with villages in Mexico and
///     Colombia (GeoWebNews: nine false "El Niño" pins in one hurricane-season story);
///   - a party's name before what a party has (<see cref="IsPartyBeforeItsOffice"/>);
///   - a court's rank before "Court" (<see cref="IsCourtRank"/>);
///   - a weapon's name before "missiles" or "rockets" (<see cref="NamesAWeapon"/>).
/// </summary>
public static class NotAPlaceRule
{
    private static readonly HashSet<string> Phenomena = new(StringComparer.OrdinalIgnoreCase) { "El Niño", "El Nino", "La Niña", "La Nina" };

    /// <summary>"Ky.", "Pa.", "Ga.": with its dot a title-case pair is a state's abbreviation, and stays a place.</summary>
    public static bool Applies(EntityMention e, string? body) =>
        e.Text.Length == 2 && char.IsUpper(e.Text[0]) && char.IsLower(e.Text[1]) && !(body is not null && e.Span.End < body.Length && body[e.Span.End] == '.')
        || Phenomena.Contains(e.Text)
        || body is not null && IsStateCodeOutsideAnAddress(e, body)
        || body is not null && IsPartyBeforeItsOffice(e, body)
        || body is not null && IsCourtRank(e, body)
        || body is not null && IsUndottedStateAbbreviation(e, body)
        || body is not null && IsDottedNonApStateCode(e, body)
        || body is not null && IsEraAfterAYear(e, body)
        || body is not null && NamesADiseaseOrStrain(e, body)
        || body is not null && NamesAWeapon(e, body);

    private static readonly HashSet<string> ApStateAbbreviations = new(StringComparer.Ordinal)
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ill", "Ind", "Kan", "Kans", "Mass", "Mich", "Minn", "Miss",
        "Mont", "Neb", "Nev", "Okla", "Ore", "Penn", "Tenn", "Tex", "Wash", "Wis", "Wisc", "Wyo",
    };

    /// <summary>
    /// "Easter Vigil Mass", "Wash your hands", "Amphibian Ark": the AP abbreviations of US states are written with their dot
    /// ("Springfield, Mass.", "Sen. Ben Sasse, R-Neb."); without it the word is the English word (GeoWebNews: three Easter
    /// "Mass" pinned in Massachusetts; LGL and GeoVirus: "Wash your hands" pinned in Washington). A comma or a party's
    /// letter and hyphen before it ("D-Calif") still marks the state.
    /// </summary>
    private static bool IsUndottedStateAbbreviation(EntityMention e, string body)
    {
        if (!ApStateAbbreviations.Contains(e.Text)) return false;
        if (e.Span.End < body.Length && body[e.Span.End] == '.') return false;
        var k = e.Span.Start - 1;
        if (k >= 0 && body[k] == '-') return false;
        while (k >= 0 && body[k] == ' ') k--;
        return k < 0 || body[k] != ',';
    }

    private static readonly HashSet<string> ApDottedStates = new(StringComparer.Ordinal)
    {
        "D.C.", "N.Y.", "N.J.", "N.C.", "S.C.", "N.D.", "S.D.", "N.H.", "N.M.", "R.I.",
        "L.A.",   // Los Angeles, not Louisiana ("La.")
    };

    /// <summary>
    /// "Dimond Kaplan &amp; Rothstein, P.A." (a professional association): dotted initials that spell a state's postal code
    /// name the state only when the press writes the state that way ("N.Y.", "S.C."); Pennsylvania is "Pa.", never "P.A.".
    /// </summary>
    private static bool IsDottedNonApStateCode(EntityMention e, string body) =>
        e.Text.Length == 4 && e.Text[1] == '.' && e.Text[3] == '.' && char.IsUpper(e.Text[0]) && char.IsUpper(e.Text[2])
        && StateCodes.Contains(string.Concat(e.Text[0], e.Text[2])) && !ApDottedStates.Contains(e.Text);

    /// <summary>"between 250 and 100 B.C.", "from 500 BC to 1000 AD": after a year the letters are the era, not British Columbia.</summary>
    private static bool IsEraAfterAYear(EntityMention e, string body)
    {
        if (e.Text is not ("B.C." or "BC" or "B.C" or "BCE" or "B.C.E.")) return false;
        var k = e.Span.Start - 1;
        while (k >= 0 && body[k] == ' ') k--;
        return k >= 0 && char.IsAsciiDigit(body[k]);
    }

    private static readonly string[] DiseaseWords = [" virus", " ebolavirus", " disease", " fever"];

    /// <summary>
    /// "Reston ebolavirus", "Minamata disease", "A/California/7/2009 (H1N1)": a place's name before "virus" or "disease"
    /// names the pathogen or the illness, and between slashes before a number it is part of a flu strain's name
    /// (GeoVirus: seven such pins; its annotators marked none).
    /// </summary>
    private static bool NamesADiseaseOrStrain(EntityMention e, string body)
    {
        var after = body.AsSpan(e.Span.End);
        foreach (var w in DiseaseWords)
            if (after.StartsWith(w, StringComparison.Ordinal) && (after.Length == w.Length || !char.IsLetter(after[w.Length]))) return true;
        return e.Span.Start > 0 && body[e.Span.Start - 1] == '/' && after.Length > 1 && after[0] == '/' && char.IsAsciiDigit(after[1]);
    }

    /// <summary>Weapons whose names GeoNames also lists as towns (Tomahawk, Wisconsin; Grad, Serbia; Patriot, Indiana).</summary>
    private static readonly HashSet<string> WeaponNames = new(StringComparer.Ordinal)
    {
        "Tomahawk", "Scud", "Kalibr", "Grad", "Hellfire", "Tochka", "Iskander", "Patriot", "Stinger", "Kornet", "Caliber", "Tow",
    };

    private static readonly string[] WeaponWords = [" missile", " missiles", " cruise missile", " cruise missiles", " rocket", " rockets", " launcher", " launchers", " strikes", " system", " systems"];

    /// <summary>
    /// "59 Tomahawk cruise missiles", "Grad rockets", "Kalibr missiles": a weapon's name before what it is, not a town
    /// (FA-KES: five Tomahawk strikes on Shayrat pinned in Wisconsin). The town stays a place before any other word.
    /// </summary>
    private static bool NamesAWeapon(EntityMention e, string body)
    {
        if (!WeaponNames.Contains(e.Text)) return false;
        var after = body.AsSpan(e.Span.End);
        foreach (var w in WeaponWords)
            if (after.StartsWith(w, StringComparison.Ordinal) && (after.Length == w.Length || !char.IsLetter(after[w.Length]))) return true;
        return false;
    }

    private static readonly HashSet<string> CourtRanks = new(StringComparer.Ordinal)
    {
        "Superior", "Supreme", "Circuit", "Chancery", "Probate", "Magistrate", "Municipal", "Appellate",
    };

    /// <summary>
    /// "Superior Court Judge Rene Navarro", "Clerk of Superior Court": a word that ranks a US court, before "Court",
    /// is the court's name, not the town GeoNames lists by the word (Superior, Wisconsin): LGL had six such pins
    /// in Georgia and Texas court stories.
    /// </summary>
    private static bool IsCourtRank(EntityMention e, string body) =>
        CourtRanks.Contains(e.Text) && body.AsSpan(e.Span.End).StartsWith(" Court", StringComparison.Ordinal);

    private static readonly HashSet<string> PartyWords = new(StringComparer.Ordinal)
    {
        "Liberal", "Liberals", "Conservative", "Conservatives", "Democrat", "Democratic", "Republican", "Labour", "Labor",
        "Socialist", "Progressive", "Libertarian", "Unionist", "Federalist", "Whig",
    };

    private static readonly HashSet<string> PartyHolds = new(StringComparer.Ordinal)
    {
        "government", "governments", "party", "budget", "leader", "leaders", "leadership", "caucus", "candidate", "candidates",
        "majority", "minority", "mp", "mps", "mpp", "mpps", "member", "members", "cabinet", "premier", "minister", "ministers",
        "administration", "platform", "policy", "policies", "senator", "senators", "nominee", "primary", "convention", "voters",
    };

    /// <summary>
    /// "the Liberal government", "a Conservative MP", "the Republican candidate": a party's name before what a party
    /// holds (office, budget, candidates) is the party. GeoNames lists small towns by those words (Liberal, Kansas;
    /// Republican, Nebraska), so LGL's Ontario budget story pinned Kansas four times. The town stays a place after a
    /// comma ("Liberal, Kan.") or before any other word.
    /// </summary>
    private static bool IsPartyBeforeItsOffice(EntityMention e, string body)
    {
        if (!PartyWords.Contains(e.Text)) return false;
        var k = e.Span.End;
        if (k >= body.Length || body[k] != ' ') return false;
        while (k < body.Length && body[k] == ' ') k++;
        var start = k;
        while (k < body.Length && char.IsLetter(body[k])) k++;
        return k > start && PartyHolds.Contains(body[start..k].ToLowerInvariant());
    }

    private static readonly HashSet<string> StateCodes = new(StringComparer.Ordinal)
    {
        "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD",
        "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC",
        "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
    };

    /// <summary>
    /// "PA officials", "the PA", "VA's health professionals", "JSC “NC”": two capitals that spell a US state's postal code
    /// name the state only in an address, after a town and a comma ("Erie, PA"). Elsewhere they are a body's initials
    /// (the Palestinian Authority, Veterans Affairs): LGL and GeoWebNews had a dozen such false states.
    /// </summary>
    private static bool IsStateCodeOutsideAnAddress(EntityMention e, string body)
    {
        if (e.Text.Length != 2 || !StateCodes.Contains(e.Text)) return false;
        var k = e.Span.Start - 1;
        while (k >= 0 && body[k] == ' ') k--;
        return k < 0 || body[k] != ',';
    }
}

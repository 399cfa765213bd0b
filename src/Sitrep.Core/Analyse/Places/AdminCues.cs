namespace Sitrep.Analyse.Places;

/// <summary>
/// "New York state", "Washington State's governor", "the New York border", "New York Governor Andrew
/// Cuomo": words after a name that only a state or province has. A name that is both a big city and its
/// state ("New York") is then the state, not the city the prior prefers.
/// "A New York court", "New York's attorney general": courts and attorneys general are the state's (GeoWebNews, LGL: read as the city).
/// </summary>
public static class AdminCues
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "state", "governor", "gov.", "legislature", "lawmakers", "border", "statehouse", "province", "provincial", "court", "courts", "attorney",
    };

    /// <summary>True when the word right after <paramref name="end"/> (one space, an optional possessive) is a state's word.</summary>
    public static bool Follow(string body, int end)
    {
        var i = end;
        if (i + 1 < body.Length && body[i] is '\'' or '’' && body[i + 1] == 's') i += 2;
        if (i >= body.Length || body[i] != ' ') return false;
        var start = ++i;
        while (i < body.Length && (char.IsLetter(body[i]) || body[i] == '.')) i++;
        if (i == start) return false;
        var word = body[start..i].TrimEnd('.');
        // "Washington State University", "New York State Police" are a body's name: the state all the same.
        // ("U.S. State Department": a country has no admin reading to keep, so nothing changes.)
        return Words.Contains(word) || Words.Contains(body[start..i]);
    }
}

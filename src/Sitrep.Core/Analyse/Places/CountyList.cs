namespace Sitrep.Analyse.Places;

/// <summary>
/// "Clarke and Oconee counties", "Becker, Clay, Douglas and Wilkin counties", "Avoyelles and Rapides
/// parishes": names listed before a plural region word are each a region of that kind. Reads forward from
/// the end of one name over ", Name", " and Name", ", and Name" to the plural word.
/// </summary>
public static class CountyList
{
    private static readonly (string Plural, string Singular)[] Heads = [("counties", "County"), ("parishes", "Parish")];

    /// <summary>The singular head ("County") when the list this name belongs to ends in its plural, else null.</summary>
    public static string? HeadAfter(string body, int end)
    {
        var i = end;
        for (var items = 0; items < 12 && i < body.Length; items++)
        {
            // Separator: ", ", " and ", ", and ", or the final space before the plural word.
            var rest = body.AsSpan(i);
            if (rest.StartsWith(", and ")) i += 6;
            else if (rest.StartsWith(" and ")) i += 5;
            else if (rest.StartsWith(", ")) i += 2;
            else if (rest.StartsWith(" "))
            {
                foreach (var (plural, singular) in Heads)
                    if (rest[1..].StartsWith(plural) && (rest.Length == 1 + plural.Length || !char.IsLetter(rest[1 + plural.Length]))) return singular;
                return null;
            }
            else return null;
            // The next list item: one or two capitalised words.
            if (i >= body.Length || !char.IsUpper(body[i])) return null;
            for (var words = 0; words < 2 && i < body.Length && char.IsUpper(body[i]); words++)
            {
                while (i < body.Length && (char.IsLetter(body[i]) || body[i] is '\'' or '.' or '-')) i++;
                if (words == 0 && i + 1 < body.Length && body[i] == ' ' && char.IsUpper(body[i + 1])) i++;
                else break;
            }
        }
        return null;
    }
}

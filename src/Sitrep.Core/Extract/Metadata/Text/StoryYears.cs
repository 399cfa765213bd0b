using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata.Text;

/// <summary>
/// The years a story talks about: four-digit years in date expressions or after a preposition
/// ("in 2016", "since 2011", "from 2016", "by 2015", "May 2017"). Bare numbers are left out because
/// "1,000 militants" or "2000 meters" are not years.
/// </summary>
public static partial class StoryYears
{
    [GeneratedRegex(@"(?:\b(?:in|since|from|by|until|till|of|during|before|after|early|late|mid|seit|im|bis|en|desde|depuis|в|с|до|у|з)\s+|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\d{1,2},?\s+)?)(?<y>(?:19|20)\d{2})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearInContext();

    /// <summary>Each mentioned year with how often it is mentioned and the first phrase that mentions it.</summary>
    public static SortedDictionary<int, (int Count, string Example)> In(string text)
    {
        var years = new SortedDictionary<int, (int, string)>();
        if (string.IsNullOrEmpty(text)) return years;
        try
        {
            foreach (Match m in YearInContext().Matches(text.Length > 400_000 ? text[..400_000] : text))
            {
                int y = int.Parse(m.Groups["y"].Value);
                years[y] = years.TryGetValue(y, out var c) ? (c.Item1 + 1, c.Item2) : (1, m.Value.Trim());
            }
        }
        catch (RegexMatchTimeoutException) { }
        return years;
    }
}

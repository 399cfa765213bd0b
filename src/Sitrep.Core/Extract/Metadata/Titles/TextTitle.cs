using System.Text.RegularExpressions;
using Sitrep.Extract.Metadata.Dates;

namespace Sitrep.Extract.Metadata.Titles;

/// <summary>
/// The headline of a flattened page: the first substantive, headline-shaped line after the header crumbs,
/// exactly as written. Header crumbs are what templates print above a headline once the markup is gone:
/// an empty category slot ("in ,"), a date banner ("JULY 2022", "Sunday, 5 June 2016"), breadcrumbs
/// ("Home » World"), one- or two-word section labels ("NEWS").
/// </summary>
public static partial class TextTitle
{
    private const int LookAhead = 8;

    [GeneratedRegex(@"[»›>|/]\s*\S", RegexOptions.CultureInvariant)]
    private static partial Regex CrumbSeparator();

    public static (string? Title, int Line) Read(IReadOnlyList<string> lines)
    {
        for (int i = 0; i < lines.Count && i < LookAhead; i++)
        {
            var line = lines[i].Trim();
            if (IsHeaderCrumb(line)) continue;
            if (IsHeadlineShaped(line)) return (line, i);
            // The first real line is prose, not a headline: the page has no title line.
            return (null, -1);
        }
        return (null, -1);
    }

    internal static bool IsHeaderCrumb(string line)
    {
        int letters = line.Count(char.IsLetter);
        if (letters < 3) return true;                               // "in ,", "|", "•"
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length <= 2) return true;                         // "NEWS", "Middle East"
        if (IsDateLine(line)) return true;                          // "JULY 2022", "Sunday, 5 June 2016"
        if (words.Length <= 8 && CrumbSeparator().Matches(line).Count >= 2) return true; // "Home » News » Syria"
        return false;
    }

    /// <summary>A line that is a date and little else (a weekday, "Posted", "Updated").</summary>
    internal static bool IsDateLine(string line)
    {
        if (line.Length > 60) return false;
        var matches = DateExpressions.FindAll(line);
        if (matches.Count == 0) return false;
        // What is left once the dates are cut out: a weekday, "Posted on", "Updated:" at most.
        int rest = line.Count(char.IsLetterOrDigit) - matches.Sum(m => line.Substring(m.Index, m.Length).Count(char.IsLetterOrDigit));
        return rest <= 16;
    }

    private static bool IsHeadlineShaped(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words < 3 || words > 45 || line.Length > 300) return false;
        // Headlines rarely end with a full stop; a long line that does is the first paragraph.
        return !(line.EndsWith('.') && words > 15);
    }
}

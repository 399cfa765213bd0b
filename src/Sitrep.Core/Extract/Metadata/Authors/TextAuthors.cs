using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata.Authors;

/// <summary>Bylines of a flattened page: "By X and Y", "Written by X", "Author: X" in the lines around the headline.</summary>
public static partial class TextAuthors
{
    [GeneratedRegex(@"^(?:by|written by|author:|authors:|von|par|por|автор:?)\s+\p{Lu}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    public static List<string> Read(IReadOnlyList<string> lines, int titleLine, string? hint)
    {
        int from = Math.Max(0, titleLine), to = Math.Min(lines.Count, from + 6);
        for (int i = from; i < to; i++)
        {
            var line = lines[i].Trim();
            if (line.Length < 80 && Byline().IsMatch(line))
            {
                var names = AuthorNames.From([Cut(line)]);
                if (names.Count > 0) return names;
            }
        }
        return AuthorNames.From([hint]);
    }

    /// <summary>A byline often runs on into the date: "By Adam Garrie, 16 December 2016".</summary>
    private static string Cut(string line)
    {
        var dates = Dates.DateExpressions.FindAll(line);
        return dates.Count > 0 ? line[..dates[0].Index] : line;
    }
}

using System.Text.RegularExpressions;
using Sitrep.Extract.PlainText.Text;

namespace Sitrep.Extract.PlainText.Comments;

/// <summary>
/// A commenter's name on its own line above the comment ("John Whitehot", "888mladen ." — Disqus appends " ."
/// to display names — "Brad Isherwood", "Ivan says:"). One to four name tokens, no function words, no
/// sentence punctuation; each token capitalised, or carrying a digit, or vouched for by a Disqus/WordPress
/// suffix ("Anonymous said...", Blogger). Transcript speaker labels ("PUTIN:") end with a colon and are not names.
/// </summary>
internal static partial class AuthorLine
{
    private const int MaxLength = 40;

    /// <summary>The display name if the line is a name line, else null.</summary>
    public static string? Name(PageLine line)
    {
        if (line.Author.Known) return line.Author.Name;
        var name = Compute(line);
        line.Author = (true, name);
        return name;
    }

    private static string? Compute(PageLine line)
    {
        var text = line.Text;
        if (text.Length > MaxLength || line.Stats.Words is < 1 or > 5) return null;
        bool vouched = false;
        var says = Says().Match(text);
        if (says.Success) { text = says.Groups[1].Value; vouched = true; }
        else if (text.EndsWith(" .", StringComparison.Ordinal)) { text = text[..^2].TrimEnd(); vouched = true; }
        if (text.Length < 2 || Timestamps.IsDateLine(text) || Timestamps.IsTimestamp(text)) return null;
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length is < 1 or > 4) return null;
        foreach (var token in tokens)
        {
            if (!TokenShape().IsMatch(token) || StopWordList.Contains(token)) return null;
            bool capital = char.IsUpper(token[0]);
            bool digit = token.Any(char.IsDigit);
            if (!capital && !digit && !vouched) return null;
        }
        if (tokens.Length == 1 && !vouched && !tokens[0].Any(char.IsDigit) && tokens[0].Length < 3) return null;
        return text;
    }

    [GeneratedRegex(@"^(.{2,40}?)\s+(says|said|wrote|writes|sagt|schreibt|пишет|написал|написала|пише|كتب)\s*(:|\.\.\.|…)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Says();

    /// <summary>Letters, digits and the joiners names use (O'Brien, Jean-Luc, J.R., user_42); nothing else.</summary>
    [GeneratedRegex(@"^[\p{L}\p{M}\d][\p{L}\p{M}\d'’._\-]*$")]
    private static partial Regex TokenShape();
}

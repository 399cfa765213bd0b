using System.Text;

namespace Sitrep.Store;

/// <summary>
/// Turns what a user types into a safe FTS5 query (SQLite FTS5 §3: query syntax). Words become quoted
/// strings (so punctuation and FTS operators inside scraped words cannot break the query),
/// "quoted phrases" stay phrases, a trailing * is a prefix query, a leading - excludes a term,
/// OR between terms is kept. Everything else is an implicit AND.
/// </summary>
public static class FtsQuery
{
    public static string? Build(string input)
    {
        var terms = new List<string>();
        var negatives = new List<string>();
        int i = 0;
        while (i < input.Length)
        {
            if (char.IsWhiteSpace(input[i])) { i++; continue; }
            bool negate = input[i] == '-' && i + 1 < input.Length && !char.IsWhiteSpace(input[i + 1]);
            if (negate) i++;
            string term;
            if (input[i] == '"')
            {
                int close = input.IndexOf('"', i + 1);
                if (close < 0) close = input.Length;
                term = Quote(input[(i + 1)..close]);
                i = Math.Min(input.Length, close + 1);
            }
            else
            {
                int start = i;
                while (i < input.Length && !char.IsWhiteSpace(input[i])) i++;
                var word = input[start..i];
                if (!negate && word == "OR" && terms.Count > 0) { terms.Add("OR"); continue; }
                bool prefix = word.EndsWith('*') && word.Length > 1;
                term = Quote(prefix ? word[..^1] : word);
                if (prefix && term.Length > 0) term += "*";
            }
            if (term.Length == 0) continue;
            (negate ? negatives : terms).Add(term);
        }
        while (terms.Count > 0 && terms[^1] == "OR") terms.RemoveAt(terms.Count - 1);
        if (terms.Count == 0) return null;
        var sb = new StringBuilder(string.Join(' ', terms));
        foreach (var n in negatives) sb.Append(" NOT ").Append(n);
        return sb.ToString();
    }

    private static string Quote(string text)
    {
        // Keep only what the unicode61 tokenizer indexes; a term of pure punctuation matches nothing.
        var cleaned = text.Trim();
        if (!cleaned.Any(char.IsLetterOrDigit)) return "";
        return "\"" + cleaned.Replace("\"", "\"\"") + "\"";
    }
}

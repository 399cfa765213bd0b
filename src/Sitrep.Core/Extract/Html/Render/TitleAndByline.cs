using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Render;

/// <summary>
/// The headline, byline and dateline are metadata (the contract's <c>title</c>, <c>authors</c>,
/// <c>published</c>), not body text; when a story container starts with them they are left out, as the
/// Article Extraction Benchmark's human-made bodies do; so are the wire agencies' "(Reporting by ...; editing by
/// ...)" credit lines and a reporter's bare e-mail or social handle under the story. An &lt;h1&gt; is the page's own title (HTML §4.3.6:
/// a top-level heading); a paragraph equal to the page title is its repeat; "By Jane Doe", "@handle" and a
/// bare "Updated 11:21 pm CST, Tuesday, November 19, 2019" are bylines and datelines. A dateline must sit
/// above the first prose paragraph, be short, carry a year or a clock time and not end like a sentence, so "The attack came on 12 March 2016." stays.
/// </summary>
internal sealed partial class TitleAndByline(string? title) : IBlockFilter, IParagraphFilter
{
    private readonly string? _title = Key(title);

    [GeneratedRegex(@"^(?:by|por|von|par|di|door|от|автор|written by|posted by|reporting by)\s+\S.{0,60}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^@\w{2,30}$", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b|\b\d{1,2}[:h.]\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearOrTime();

    // Agency credit lines at the end of wire copy: "(Reporting by Greg Roumeliotis; editing by Martin Howell)".
    [GeneratedRegex(@"^\(?(?:reporting|additional reporting|writing|written|editing|edited|compiled|translated|research) by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WireCredit();

    // A bare e-mail address or social profile under the story: the reporter's contact, not text.
    [GeneratedRegex(@"^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|t\.me|vk)\.com/\S+|(?:https?://)?t\.me/\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ContactLine();

    // "Updated at 1:23 p.m.", "Published 18 Nov 2019": a time stamp line, wherever it sits.
    [GeneratedRegex(@"^(?:updated|last updated|published|first published|posted|modified)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    public string? Why(IElement element, StatsTable stats) => element.LocalName == "h1" ? "title" : null;

    public string? Why(string p, bool beforeProse)
    {
        if (_title is not null && Key(p) == _title) return "title";
        if (p.Length <= 80 && (Byline().IsMatch(p) && !p.EndsWith('.')) || Handle().IsMatch(p)) return "byline";
        if (p.Length <= 400 && WireCredit().IsMatch(p)) return "wire credit line";
        if (p.Length <= 80 && ContactLine().IsMatch(p)) return "contact line";
        if (p.Length <= 60 && Stamp().IsMatch(p) && Number().IsMatch(p)) return "dateline";
        if (beforeProse && p.Length <= 70 && YearOrTime().IsMatch(p) && Number().Count(p) >= 2 && !EndsSentence(p) && WordCount(p) <= 10) return "dateline";
        return null;
    }

    private static bool EndsSentence(string p) => p[^1] is '.' or '!' or '?' or '"' or '”' && !p.EndsWith("m.", StringComparison.OrdinalIgnoreCase);

    private static int WordCount(string p)
    {
        int n = 0;
        bool inWord = false;
        foreach (var c in p)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) n++;
            inWord = letter;
        }
        return n;
    }

    private static string? Key(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.Length < 10 ? null : sb.ToString();
    }
}

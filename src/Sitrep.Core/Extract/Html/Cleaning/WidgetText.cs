using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Cleaning;

/// <summary>
/// Small blocks recognised by what they say, for widgets whose markup has no telling class: vote counters
/// ("Upvote Downvote", "Total votes: 12"), share bars ("Share this:", "Share on Facebook"), comment prompts
/// ("Leave a Reply", "Notify of", "Inline Feedbacks"), print/email links. The seeds show these lines surviving
/// into flattened text; in HTML they are cut at the element. Only blocks with at most 80 visible characters
/// are tested, so a paragraph that merely mentions sharing stays.
/// </summary>
internal sealed partial class WidgetText : IPruneRule
{
    private const int MaxChars = 80;

    [GeneratedRegex(@"^(?:(?:upvote|downvote|total votes?|votes?|like|dislike|share|tweet|pin|email|print|whatsapp|telegram|facebook|twitter|linkedin|reddit|vk|share this|share on \w+|share this (?:article|story|post)|notify of|inline feedbacks?|view all comments|leave a (?:reply|comment)|post a comment|add comment|subscribe|login|log in|sign in|sign up|follow us|\d+|[\s:|/•·,.+-]+)[\s:|/•·,.!+-]*)+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Widget();

    public string? Why(IElement element, PruneContext context)
    {
        if (element.LocalName is "body" or "html" || context.Protected.Contains(element)) return null;
        var stats = context.Stats[element];
        if (stats.Text == 0 || stats.Text > MaxChars) return null;
        var text = TextOf.Collapsed(element);
        return text.Length > 0 && Widget().IsMatch(text) && !IsBareNumber(text) ? "widget '" + text + "'" : null;
    }

    // A lone number is a footnote mark or a list index as often as a vote count.
    private static bool IsBareNumber(string text)
    {
        foreach (var c in text) if (!char.IsDigit(c)) return false;
        return true;
    }
}

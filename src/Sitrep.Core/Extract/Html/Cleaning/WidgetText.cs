using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Cleaning;

/// <summary>
/// Small blocks recognised by what they say, for widgets whose markup has no telling class: vote counters
/// ("Upvote Downvote", "Total votes: 12"), share bars ("Share this:", "Share on Facebook"), comment prompts
/// ("Leave a Reply", "Notify of", "Inline Feedbacks"), print/email links. The seeds show these lines surviving
/// into flattened text; in HTML they are cut at the element. Only the outermost block of at most 80 visible
/// characters is tested (so each piece of text is read once), and it must consist of widget words, numbers
/// and separators only, so a paragraph that merely mentions sharing stays.
/// The widget words are erased with one linear regex and the rest must hold no letter: a single pattern of
/// repeated optional groups would backtrack exponentially on long separator runs.
/// </summary>
internal sealed partial class WidgetText : IPruneRule
{
    private const int MaxChars = 80;

    [GeneratedRegex(@"\b(?:upvotes?|downvotes?|total votes?|votes?|likes?|dislikes?|share this (?:article|story|post)|share this|share on \w+|shares?|tweet|pin it|pin|e-?mail|print|whatsapp|telegram|facebook|twitter|linkedin|reddit|vk|notify of|inline feedbacks?|view all comments|leave a (?:reply|comment)|post a comment|add comment|subscribe|login|log in|sign in|sign up|follow us)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WidgetWords();

    public bool AppliesToBareElements => true;

    public string? Why(IElement element, in ElementNames names, PruneContext context)
    {
        if (element.LocalName is "body" or "html" || context.IsProtected(element)) return null;
        var stats = context.Stats[element];
        if (stats.Text == 0 || stats.Text > MaxChars) return null;
        if (element.ParentElement is { } parent && context.Stats[parent].Text <= MaxChars && parent.LocalName is not ("body" or "html")) return null;
        var text = TextOf.Collapsed(element);
        if (text.Length == 0 || !OnlyWidgetWords(text)) return null;
        return "widget '" + text + "'";
    }

    /// <summary>The text holds a widget word and no letter outside widget words: what is left after erasing
    /// every match (the matches <c>Regex.Replace</c> would erase) has no letter. One scan, stopping at the first
    /// gap with a letter, and nothing allocated.</summary>
    private static bool OnlyWidgetWords(string text)
    {
        int end = 0;
        bool any = false;
        foreach (var m in WidgetWords().EnumerateMatches(text))
        {
            if (HasLetter(text.AsSpan(end, m.Index - end))) return false;
            end = m.Index + m.Length;
            any = true;
        }
        return any && !HasLetter(text.AsSpan(end));
    }

    private static bool HasLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
            if (char.IsLetter(c)) return true;
        return false;
    }
}

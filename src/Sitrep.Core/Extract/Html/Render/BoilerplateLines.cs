using System.Text.RegularExpressions;

namespace Sitrep.Extract.Html.Render;

/// <summary>
/// Short paragraphs recognised by their wording when the markup around them is bare &lt;p&gt;: "READ MORE: ..."
/// and "Related:" inserts, advertisement labels, donation and newsletter appeals ("Support X on Patreon"),
/// opinion disclaimers ("views expressed ... do not necessarily reflect"), comment prompts. The seeds carry all
/// of them inside the story column. Each pattern has a length cap so an article paragraph ABOUT donations or
/// newsletters is not cut.
/// </summary>
internal sealed partial class BoilerplateLines : IParagraphFilter
{
    [GeneratedRegex(@"^(?:read more|read also|also read|read next|see also|related(?: articles?| stories| posts?| coverage| content| reading| news| links?)?|more on this(?: story)?|recommended(?: for you)?|you may also like|you might also like|more from [\w ]+|further reading|more stories|most read|trending now|editor'?s picks?|see more|don'?t miss|must read|watch|listen|click here)\b\s*[:\-–—|»>]?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelatedInsert();

    [GeneratedRegex(@"^(?:advertisement|advertising|advert|sponsored(?: content)?|ad|story continues below(?: advertisement)?|continue reading(?: below)?(?: the ad)?|scroll to continue(?: with content)?|skip ad|paid content)\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdLabel();

    [GeneratedRegex(@"\b(?:donate|donation|patreon|paypal|subscribe|newsletter|sign up|become a (?:member|patron|subscriber)|support (?:us|our|independent|[\w ]{1,30} on patreon)|help us grow|our mailing list|inbox|click here for more|delivered (?:to|through) your (?:letterbox|door|inbox))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Appeal();

    [GeneratedRegex(@"(?:views?|opinions?)(?:,| and| or)? (?:views?|opinions?|statements?)?.{0,60}expressed.{0,120}(?:not necessarily|solely those)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Disclaimer();

    [GeneratedRegex(@"^(?:leave a (?:reply|comment)|post a comment|add a comment|\d+ comments?|comments?|what do you think\??|notify of|join the (?:discussion|conversation)|inline feedbacks?|view all comments|you must be logged in to post a comment\.?|share this(?: article| story| post)?:?|share:?|tags?(?::.*)?|filed under:?.*|topics?:.*|tell us what you think|(?:like|enjoy(?:ed)?) this (?:story|article|post)\?.*|share (?:it|this) with (?:a|your) friends?)[.!?…]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommentPromptOrTags();

    // A caption left as a bare paragraph: "The core stage ... engines. (credit: NASA/Jude Guidry)".
    [GeneratedRegex(@"\((?:photo |image |picture )?(?:credit|photo|image|source: (?:getty|ap|afp|reuters))s?:[^()]{1,80}\)\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CreditedCaption();

    public string? Why(string p, bool beforeProse)
    {
        if (p.Length <= 300 && CreditedCaption().IsMatch(p)) return "caption";
        if (p.Length <= 200 && RelatedInsert().IsMatch(p)) return "related insert";
        if (p.Length <= 80 && AdLabel().IsMatch(p)) return "advertisement label";
        if (p.Length <= 160 && CommentPromptOrTags().IsMatch(p)) return "comment prompt or tag line";
        if (p.Length <= 250 && Appeal().IsMatch(p)) return "donation or newsletter appeal";
        if (p.Length <= 400 && Disclaimer().IsMatch(p)) return "disclaimer";
        return null;
    }
}

using System.Text.RegularExpressions;

namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: "READ MORE: WATCH: Russia unleashes Kalibr cruise missiles on ISIS" (seed 003): a link to another
/// story pasted between two paragraphs. Recognised by its lead-in in any of our languages; the line is short.
/// </summary>
internal sealed partial class ReadMoreRule : LocalLineRule
{
    public override string Name => "read-more";

    protected override bool Matches(PageState page, int i) =>
        page.Lines[i].Stats.Words <= 40 && LeadIn().IsMatch(page.Lines[i].Text);

    [GeneratedRegex(
        @"^\W{0,3}(read more|read also|also read|see also|related|recommended|more on this|more|watch|listen" +
        @"|читайте также|читайте|смотрите также|смотрите|по теме|читайте також|дивіться також" +
        @"|lesen sie auch|lesen sie mehr|mehr zum thema|siehe auch|اقرأ أيضا|اقرأ أيضاً|اقرأ ايضا|شاهد أيضا)\s*[:：\-–—»>]",
        RegexOptions.IgnoreCase)]
    private static partial Regex LeadIn();
}

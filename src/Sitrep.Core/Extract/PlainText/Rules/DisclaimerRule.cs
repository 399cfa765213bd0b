using Sitrep.Extract.PlainText.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: the editorial disclaimer under opinion pieces ("The statements, views and opinions expressed in this
/// column are solely those of the author...", seed 000) and republication notes. They are sentences, so the
/// paragraph test keeps them; their wording is formulaic in every language.
/// </summary>
internal sealed partial class DisclaimerRule : LocalLineRule
{
    public override string Name => "disclaimer";

    /// <summary>Every pattern below contains one of these; the cheap test spares the regex on ordinary lines.</summary>
    private static readonly CueSet Cues = new(
        ["expressed", "necessarily", "disclaimer", "published", "appeared", "мнение", "точка зрения", "думка", "meinung", "الآراء"]);

    protected override bool Matches(PageState page, int i)
    {
        var line = page.Lines[i];
        if (line.Stats.Words > 80) return false;
        return Cues.In(line.Text) && Pattern().IsMatch(line.Text);
    }

    [GeneratedRegex(
        @"(views|opinions|statements)[^.]{0,60}expressed[^.]{0,80}(solely|those of|do not necessarily|not necessarily)" +
        @"|do(es)? not necessarily (reflect|represent)" +
        @"|^disclaimer\b" +
        @"|^(this (article|story|post) (was|is) (originally )?(published|appeared))" +
        @"|мнение (редакции|автора) (может )?не (совпада|обязательно)" +
        @"|точка зрения (редакции|автора) (может )?не совпада" +
        @"|думка (редакції|автора) (може )?не збіга" +
        @"|(die )?meinung des autors" +
        @"|gibt nicht (unbedingt )?die meinung" +
        @"|الآراء (الواردة|المنشورة).{0,40}(لا تعبر|تعبر عن)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}

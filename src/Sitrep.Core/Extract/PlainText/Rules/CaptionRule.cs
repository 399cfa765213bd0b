using Sitrep.Extract.PlainText.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: photo captions and credits left where the image was: "... AFP PHOTO / POOL / ...KADOBNOV/AFP/GettyImages"
/// (seed 000), "Russian Foreign Minister Sergey Lavrov (Photo: TASS / Alexander Shcherbak)" (seed 001),
/// "© Reuters" (seed 004). The credit, not the wording, gives them away, so it works in any language.
/// </summary>
internal sealed partial class CaptionRule : LocalLineRule
{
    public override string Name => "caption";

    /// <summary>Every pattern below contains one of these (lower case); the cheap test spares the regexes on ordinary lines.</summary>
    private static readonly CueSet Cues = new(
        ["photo", "image", "picture", "credit", "source", "getty", "afp", "reuters", "tass", "sputnik", "ria novosti", "epa",
         "shutterstock", "depositphotos", "©", "(c)", "copyright", "фото", "foto", "bild", "صورة"]);

    protected override bool Matches(PageState page, int i)
    {
        var line = page.Lines[i];
        if (IsPlaceCaption(page, i)) return true;
        if (!HasCue(line.Text)) return false;
        return line.Stats.Words <= 80 && (Credit().IsMatch(line.Text) || (line.Stats.Words <= 12 && Lead().IsMatch(line.Text)));
    }

    private static bool HasCue(string text) => Cues.In(text);

    /// <summary>
    /// A credit-less caption naming what the picture shows and where: "Sretenskii Monastery, Moscow" (seed 002).
    /// Only proper-noun tokens, one comma before the place, nothing else, standing between two paragraphs.
    /// A heading has a verb or a function word; a dateline would be followed by text on the same line.
    /// </summary>
    private static bool IsPlaceCaption(PageState page, int i)
    {
        var line = page.Lines[i];
        if (line.Stats.Words is < 2 or > 6 || line.Stats.StopWords > 0 || line.Stats.CapitalisedWords != line.Stats.Words) return false;
        if (!PlaceCaption().IsMatch(line.Text)) return false;
        return i > 0 && i + 1 < page.Count && page.Lines[i - 1].Stats.IsParagraphLike && page.Lines[i + 1].Stats.IsParagraphLike;
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}'’.\-]*( \p{Lu}[\p{L}'’.\-]*){0,4}, \p{Lu}[\p{L}'’.\-]+( \p{Lu}[\p{L}'’.\-]+)?$")]
    private static partial Regex PlaceCaption();

    [GeneratedRegex(
        @"\((photo|photos|image|picture|credit|source|фото|foto|bild|صورة)\s*(:|by|/)[^)]{0,120}\)\W*$" +
        @"|\b(AFP|EPA|AP|ANADOLU|REUTERS) ?PHOTO\b" +
        @"|/\s*(Getty ?Images|AFP|Reuters|AP Photo|TASS|Sputnik|RIA Novosti|EPA|Shutterstock|Depositphotos)\W*$" +
        @"|\b(GettyImages|Getty Images|Shutterstock|Depositphotos)\W*$" +
        @"|^(photo|image|credit|фото|foto|bild|صورة)\s*:\s*\S.{0,80}$" +
        @"|^\(?(photo|image) (by|courtesy of|credit)\b",
        RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    /// <summary>Short lines that are nothing but a copyright credit.</summary>
    [GeneratedRegex(@"^(©|\(c\)|copyright\b|фото:|foto:)", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();
}

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
        if (!HasCue(line.Text)) return false;
        return line.Stats.Words <= 80 && (Credit().IsMatch(line.Text) || (line.Stats.Words <= 12 && Lead().IsMatch(line.Text)));
    }

    private static bool HasCue(string text) => Cues.In(text);

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

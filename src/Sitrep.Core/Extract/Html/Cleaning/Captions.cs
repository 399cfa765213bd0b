using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Cleaning;

/// <summary>
/// Photo captions and credits ("Officials in Mongolia ... Credit: The Siberian Times"): they describe a
/// picture, not the story, and a gallery repeats them; the human-made bodies of the Article Extraction
/// Benchmark leave them out. HTML §4.4.12 figure / §4.4.13 figcaption, plus the caption class names of
/// WordPress (wp-caption-text) and news templates. A figure holding real paragraphs is left alone (some
/// templates wrap long pull-outs in figure).
/// </summary>
internal sealed class Captions : IPruneRule
{
    private static readonly NameSet CreditClasses = new(
        "credit", "credits", "image-credit", "photo-credit", "img-credit", "media-credit", "picture-credit");

    public bool AppliesToBareElements => true;

    public string? Why(IElement element, in ElementNames names, PruneContext context)
    {
        if (element.LocalName is "figcaption") return "caption";
        if (element.LocalName is "figure" && context.Stats[element].Paragraphs < 2) return "figure";
        foreach (var token in new ClassTokens(names.Class))
            if ((token.Contains("caption", StringComparison.OrdinalIgnoreCase) || CreditClasses.Contains(token))
                && !context.IsProtected(element) && context.Stats[element].Paragraphs < 2)
                return "caption";
        return null;
    }
}

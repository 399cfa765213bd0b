using AngleSharp.Dom;
using Sitrep.Extract.Html.Content;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Render;

/// <summary>
/// Readability's _cleanConditionally for containers inside the story: a block that is not prose (fewer than 10
/// commas) goes when its markup says chrome (negative class weight), when it is a gallery (more images than
/// paragraphs), when it is a form (inputs), or when it has more list items than paragraphs outside a list.
/// These are the embedded "more videos", photo carousels and poll widgets that hints let through.
/// </summary>
internal sealed class ConditionalClean : IBlockFilter
{
    public string? Why(IElement element, StatsTable stats)
    {
        if (element.LocalName is not ("div" or "section" or "table" or "ul" or "ol" or "form" or "fieldset")) return null;
        var s = stats[element];
        if (s.Commas >= 10) return null;
        if (DensityScoring.ClassWeight(element) < 0) return "chrome class inside story";
        if (s.Inputs > s.Paragraphs / 3 && s.Inputs > 0) return "form inside story";
        if (s.Images > 1 && s.Paragraphs * 2 < s.Images && s.Text < 200) return "gallery";
        return null;
    }
}

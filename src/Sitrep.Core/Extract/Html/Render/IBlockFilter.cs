using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Render;

/// <summary>A rule applied inside the chosen article container, to a whole element before its text is written.
/// Returns the reason to leave the element out, or null.</summary>
internal interface IBlockFilter
{
    string? Why(IElement element, StatsTable stats);
}

/// <summary>A rule applied to one finished paragraph of text. Returns the reason to leave it out, or null.</summary>
internal interface IParagraphFilter
{
    string? Why(string paragraph);
}

using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Render;

/// <summary>A rule applied inside the chosen article container, to a whole element before its text is written.
/// Returns the reason to leave the element out, or null.</summary>
internal interface IBlockFilter
{
    string? Why(IElement element, StatsTable stats);
}

/// <summary>A rule applied to one finished paragraph of text. Returns the reason to leave it out, or null.
/// <paramref name="beforeProse"/> is true while no prose paragraph (150+ characters) has been written yet:
/// the story's header zone, where bylines and datelines sit.</summary>
internal interface IParagraphFilter
{
    string? Why(string paragraph, bool beforeProse);
}

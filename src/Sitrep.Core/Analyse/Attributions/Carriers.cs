using Sitrep.Documents;

namespace Sitrep.Analyse.Attributions;

/// <summary>
/// The outlet that carried a source's words. A listener or agent that is a news outlet carries directly ("told Sputnik",
/// "was quoted as saying by Foreign Policy magazine"). An outlet's own report carries what follows it: "RT reports that …:"
/// then the quoted passage, or "Press TV has reported … Lapin stated …". Its reach is the reporting run: the outlet's
/// paragraph and the paragraphs after it, up to the first paragraph without an attribution or the next outlet.
/// </summary>
public static class Carriers
{
    public static string? Outlet(string body, Word[] w, int first, int end, IReadOnlyList<EntityMention> entities, SpeakerResolver speakers)
    {
        var span = new TextSpan(w[first].Start, w[end - 1].End);
        foreach (var e in entities)
        {
            if (e.Span.Start >= span.End) break;
            if (e.Span.Overlaps(span) && e.Type is "ORG" or "OTHER" && speakers.TypeOf(e) == "media") return e.Canonical ?? e.Text;
        }
        var text = body[span.Start..span.End];
        var lower = text.ToLowerInvariant();
        return lower.Contains("magazine") || lower.Contains("news") || lower.Contains("newspaper") || lower.Contains(" tv")
            || lower.Contains("agency") || lower.Contains("times") || lower.Contains("post") ? text : null;
    }

    public static void Assign(List<Reading> readings)
    {
        string? carrier = null;
        var lastParagraph = -1;
        foreach (var r in readings)
        {
            if (lastParagraph >= 0 && r.Paragraph > lastParagraph + 1) carrier = null;   // a paragraph without attributions ends the run
            lastParagraph = r.Paragraph;
            if (r.Speaker.Type == "media")
            {
                carrier = r.Speaker.Canonical;
                continue;
            }
            if (r.Via is null && carrier is not null) r.Via = carrier;
        }
    }
}

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
        var words = lower.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return lower.Contains("magazine") || lower.Contains("news") || lower.Contains("newspaper") || words.Contains("tv")
            || lower.Contains("agency") || lower.Contains("times") || lower.Contains("post") || lower.Contains("channel")
            || lower.Contains("television") || lower.Contains("radio") || lower.Contains("broadcaster") ? text : null;
    }

    /// <summary>Gives the readings an outlet carries that outlet as their <see cref="Reading.Via"/>: those after it in its
    /// paragraph, and those of the next paragraphs when the outlet introduces a passage — its report ends in a colon
    /// ("RT reports that …:") or hands over to another speaker in its own paragraph ("Press TV has reported … Lapin
    /// stated:"). A report that says its own piece ("SANA reported that 12 militants were killed.") carries nothing
    /// after its paragraph: the next paragraph's "Konashenkov told journalists …" was given "via SANA".</summary>
    public static void Assign(string body, List<Reading> readings)
    {
        string? carrier = null;
        var carrierParagraph = -1;
        var introduces = false;
        var lastParagraph = -1;
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            if (lastParagraph >= 0 && r.Paragraph > lastParagraph + 1) carrier = null;   // a paragraph without attributions ends the run
            lastParagraph = r.Paragraph;
            if (r.Speaker.Type == "media")
            {
                carrier = r.Speaker.Canonical;
                carrierParagraph = r.Paragraph;
                introduces = EndsInColon(body, r.ContentEnd) || readings.Skip(i + 1).TakeWhile(x => x.Paragraph == r.Paragraph).Any(x => x.Speaker.Type != "media");
                continue;
            }
            if (carrier is not null && r.Paragraph > carrierParagraph && !introduces) carrier = null;
            if (r.Via is null && carrier is not null) r.Via = carrier;
        }
    }

    private static bool EndsInColon(string body, int end)
    {
        var k = end;
        while (k < body.Length && body[k] is ' ' or '\u00A0' or '”' or '"' or '»') k++;
        return k < body.Length && body[k] == ':' || end > 0 && body[end - 1] == ':';
    }
}

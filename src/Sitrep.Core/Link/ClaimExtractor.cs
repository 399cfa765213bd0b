using System.Security.Cryptography;
using System.Text;
using Sitrep.Documents;

namespace Sitrep.Link;

/// <summary>
/// Reads claims from the attributions and events layers. An attribution's key is its speaker (canonical
/// name when known); anonymous sources ("a source said") key nothing, since two anonymous sources need
/// not be one. A figure's key is what it counts: event type, quantity kind, place and day (the event's
/// date, or the publication date); a figure with neither place nor date is too vague to compare.
/// </summary>
public static class ClaimExtractor
{
    public static List<Claim> Of(Document d)
    {
        var claims = new List<Claim>();
        for (int i = 0; i < d.Attributions.Count; i++)
        {
            var a = d.Attributions[i];
            var speaker = a.SourceCanonical ?? a.SourceText ?? SafeText(d.Body, a.Source);
            if (string.IsNullOrWhiteSpace(speaker) || a.SourceType is "anonymous") continue;
            var content = a.ContentText ?? SafeText(d.Body, a.Content);
            if (string.IsNullOrWhiteSpace(content)) continue;
            var id = Id(d.Id, "attribution", i, 0);
            claims.Add(new Claim(id, id, "a:" + StoryFeatures.Key(speaker), "attribution", d.Id, a.Content.Start, a.Content.End, content, speaker, null, null, null));
        }
        for (int i = 0; i < d.Events.Count; i++)
        {
            var e = d.Events[i];
            var day = e.Date is { Precision: "day" } ed ? ed.Date : d.Published is { Precision: "day" } pd ? pd.Date : null;
            var place = e.Place?.Name;
            if (day is null && place is null) continue;
            for (int q = 0; q < e.Quantities.Count; q++)
            {
                var quantity = e.Quantities[q];
                if (quantity.Kind is "percentage" or "money" or "other") continue;
                var id = Id(d.Id, "figure", i, q);
                var key = $"f:{e.Type}|{quantity.Kind}|{StoryFeatures.Key(place ?? "")}|{day}";
                claims.Add(new Claim(id, id, key, "figure", d.Id, e.Sentence.Start, e.Sentence.End, SafeText(d.Body, e.Sentence),
                    e.AttributedTo, quantity.Value, quantity.Unit, quantity.Kind));
            }
        }
        return claims;
    }

    private static string SafeText(string body, TextSpan span) =>
        span.Start >= 0 && span.End <= body.Length && span.End > span.Start ? span.Of(body) : "";

    private static string Id(string doc, string kind, int i, int j)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{doc}|{kind}|{i}|{j}"));
        return "c" + Convert.ToHexStringLower(hash)[..15];
    }
}

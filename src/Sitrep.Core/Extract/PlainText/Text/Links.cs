using System.Text.RegularExpressions;

namespace Sitrep.Extract.PlainText.Text;

/// <summary>Link-text density where links survived flattening: Markdown links "[text](url)" and bare URLs.
/// Menus and related-link lists are mostly link; prose rarely is (Kohlschütter's boilerplate features).</summary>
internal static partial class Links
{
    public static double Share(string text)
    {
        if (text.IndexOf("://", StringComparison.Ordinal) < 0 && text.IndexOf("](", StringComparison.Ordinal) < 0
            && text.IndexOf("www.", StringComparison.Ordinal) < 0) return 0;
        int linked = 0;
        foreach (var m in LinkPattern().EnumerateMatches(text)) linked += m.Length;
        return text.Length == 0 ? 0 : Math.Min(1.0, (double)linked / text.Length);
    }

    [GeneratedRegex(@"\[[^\]\n]{0,200}\]\([^)\s]{1,500}\)|(?:https?://|www\.)\S+")]
    private static partial Regex LinkPattern();
}

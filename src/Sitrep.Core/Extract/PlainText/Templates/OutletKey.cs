using Sitrep.Documents;
using Sitrep.Extract.PlainText.Text;

namespace Sitrep.Extract.PlainText.Templates;

/// <summary>
/// Which site a page belongs to, for <see cref="TemplateMemory"/>: the outlet the container or user named,
/// else the host of its URL, else the shape of its first line when that is a short header crumb (pages of one
/// site share it: "in ," on seeds 000 and 003), else the directory it was read from (a crawl is usually stored
/// one site per folder). Null when nothing is known: then nothing is learnt.
/// </summary>
public static class OutletKey
{
    private const int MaxSignatureLength = 24;

    public static string? For(DecodedPage page, IReadOnlyList<string> nonBlankLines)
    {
        var hints = page.Raw.Hints;
        if (!string.IsNullOrWhiteSpace(hints.Outlet)) return "outlet:" + hints.Outlet.Trim().ToLowerInvariant();
        var url = page.Raw.Source.Url ?? hints.Url;
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            return "host:" + (uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host).ToLowerInvariant();
        if (nonBlankLines.Count > 0)
        {
            var first = nonBlankLines[0].Trim();
            if (first.Length <= MaxSignatureLength && !Timestamps.IsDateLine(first))
                return "sig:" + LineNormalizer.Shape(LineNormalizer.Normalize(first) is { Length: > 0 } n ? n : first);
        }
        var dir = page.Raw.Source.Path is { } p ? Path.GetDirectoryName(Path.GetFullPath(p)) : null;
        return dir is null ? null : "dir:" + dir;
    }
}

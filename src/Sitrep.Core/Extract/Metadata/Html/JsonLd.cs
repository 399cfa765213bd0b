using System.Text.Json;
using Sitrep.Extract.Html.Source;

namespace Sitrep.Extract.Metadata.Html;

/// <summary>
/// The schema.org objects of a page's JSON-LD blocks (JSON-LD 1.1 §4.9 "@graph", top-level arrays,
/// nested objects such as "mainEntity"), flattened into one list with article types first.
/// Broken JSON is common (trailing commas, comments, HTML entities): it is parsed leniently and a
/// block that still fails is kept as raw text so the date rule can fall back to a pattern search.
/// </summary>
public sealed class JsonLd
{
    private static readonly JsonDocumentOptions Lenient = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Article", "NewsArticle", "BlogPosting", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting", "TechArticle",
        "ScholarlyArticle", "SocialMediaPosting", "Report", "Blog", "VideoObject", "Posting", "DiscussionForumPosting",
    };

    /// <summary>Objects whose @type is an article type, in page order.</summary>
    public IReadOnlyList<JsonElement> Articles { get; }
    /// <summary>Every other object (WebPage, Organization, Person, BreadcrumbList...).</summary>
    public IReadOnlyList<JsonElement> Others { get; }
    /// <summary>Blocks that did not parse, as text.</summary>
    public IReadOnlyList<string> Unparsed { get; }

    public IEnumerable<JsonElement> All => Articles.Concat(Others);

    private JsonLd(List<JsonElement> articles, List<JsonElement> others, List<string> unparsed)
    {
        Articles = articles;
        Others = others;
        Unparsed = unparsed;
    }

    /// <summary>The JSON-LD blocks among a page's scripts (read from the source: the parser skips script text).</summary>
    public static JsonLd Read(ScriptBlocks scripts)
    {
        var articles = new List<JsonElement>();
        var others = new List<JsonElement>();
        var unparsed = new List<string>();
        foreach (var script in scripts.Blocks)
        {
            if (!script.IsJsonLd) continue;
            var text = scripts.TextOf(script).Trim().ToString();
            if (text.Length == 0 || text.Length > 2_000_000) continue;
            try
            {
                using var doc = JsonDocument.Parse(text, Lenient);
                // Clone so the elements outlive the JsonDocument.
                Collect(doc.RootElement.Clone(), articles, others, 0);
            }
            catch (JsonException)
            {
                unparsed.Add(text);
            }
        }
        return new JsonLd(articles, others, unparsed);
    }

    private static void Collect(JsonElement e, List<JsonElement> articles, List<JsonElement> others, int depth)
    {
        if (depth > 6) return;
        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in e.EnumerateArray()) Collect(item, articles, others, depth + 1);
            return;
        }
        if (e.ValueKind != JsonValueKind.Object) return;
        if (e.TryGetProperty("@graph", out var graph)) Collect(graph, articles, others, depth + 1);
        if (Types(e).Any(ArticleTypes.Contains)) articles.Add(e);
        else if (e.TryGetProperty("@type", out _)) others.Add(e);
        // A WebPage often nests its article as mainEntity.
        if (e.TryGetProperty("mainEntity", out var main)) Collect(main, articles, others, depth + 1);
    }

    public static IEnumerable<string> Types(JsonElement e)
    {
        if (!e.TryGetProperty("@type", out var t)) yield break;
        if (t.ValueKind == JsonValueKind.String) yield return t.GetString()!;
        else if (t.ValueKind == JsonValueKind.Array)
            foreach (var x in t.EnumerateArray())
                if (x.ValueKind == JsonValueKind.String) yield return x.GetString()!;
    }

    /// <summary>A string property (a single string, or the first string of an array).</summary>
    public static string? String(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v)) return null;
        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()).FirstOrDefault(),
            _ => null,
        };
    }

    /// <summary>Names of a Person/Organization property given as a string, an object with "name", or an array of either.</summary>
    public static IEnumerable<string> Names(JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v)) yield break;
        foreach (var n in NamesOf(v)) yield return n;
    }

    private static IEnumerable<string> NamesOf(JsonElement v)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.String:
                yield return v.GetString()!;
                break;
            case JsonValueKind.Object:
                if (String(v, "name") is { } n) yield return n;
                break;
            case JsonValueKind.Array:
                foreach (var x in v.EnumerateArray())
                    foreach (var y in NamesOf(x)) yield return y;
                break;
        }
    }
}

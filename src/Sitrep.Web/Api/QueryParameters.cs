using Microsoft.AspNetCore.Http;
using Sitrep.Store;

namespace Sitrep.Web.Api;

/// <summary>The search parameters every listing understands: q, limit, outlet, from, to, entity, place, event_type.</summary>
public static class QueryParameters
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 200;

    public static SearchQuery From(HttpRequest request, int defaultLimit = DefaultLimit)
    {
        string? Get(string name) => request.Query.TryGetValue(name, out var v) && v.ToString().Trim() is { Length: > 0 } s ? s : null;
        int limit = int.TryParse(Get("limit"), out var n) ? Math.Clamp(n, 1, MaxLimit) : defaultLimit;
        return new SearchQuery(Get("q") ?? "*", limit, Get("outlet"), Get("from"), Get("to"), Get("entity"), Get("place"), Get("event_type"));
    }

    public static bool Flag(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var v) && v.ToString() is "1" or "true" or "yes";
}

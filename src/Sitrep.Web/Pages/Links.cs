namespace Sitrep.Web.Pages;

/// <summary>The workbench's addresses. Values go in as escaped path segments or query values, so a name
/// like "../admin" or "a?b" stays one segment.</summary>
public static class Links
{
    public static string Document(string id) => "/documents/" + Uri.EscapeDataString(id);
    public static string Trace(string id) => "/trace/" + Uri.EscapeDataString(id);
    public static string Entity(string key) => "/entities/" + Uri.EscapeDataString(key);
    public static string Place(string name) => "/places/" + Uri.EscapeDataString(name);
    public static string Story(string id) => "/stories/" + Uri.EscapeDataString(id);

    public static string Query(string path, params (string Name, string? Value)[] parameters)
    {
        var pairs = parameters.Where(p => !string.IsNullOrEmpty(p.Value))
            .Select(p => Uri.EscapeDataString(p.Name) + "=" + Uri.EscapeDataString(p.Value!));
        var query = string.Join('&', pairs);
        return query.Length == 0 ? path : path + "?" + query;
    }
}

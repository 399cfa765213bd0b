namespace Sitrep.Web.Security;

/// <summary>The workbench only reads: any method but GET and HEAD is refused (405) before routing.</summary>
public static class ReadOnlyMethods
{
    public static bool Allowed(string method) => HttpMethodsIs(method, "GET") || HttpMethodsIs(method, "HEAD");

    private static bool HttpMethodsIs(string method, string expected) => string.Equals(method, expected, StringComparison.OrdinalIgnoreCase);
}

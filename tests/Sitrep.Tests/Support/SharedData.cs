namespace Sitrep.Tests.Support;

/// <summary>Finds ../shared beside the repository. Tests that need it skip cleanly when it is absent
/// (a user's fresh clone has no ../shared).</summary>
public static class SharedData
{
    public static string? Root { get; } = Find();

    private static string? Find()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Sitrep.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(d.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }
        return null;
    }

    public static string? Seeds => Root is null ? null : Path.Combine(Root, "seeds");
    public static string? Data(string name) => Root is { } r && Directory.Exists(Path.Combine(r, "data", name)) ? Path.Combine(r, "data", name) : null;

    public static string RepoRoot
    {
        get
        {
            for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "Sitrep.sln"))) return d.FullName;
            throw new InvalidOperationException("repository root not found");
        }
    }
}

using System.Reflection;

namespace Sitrep.Knowledge;

/// <summary>
/// Where the knowledge tables live. The curated tables (data/*.tsv) are embedded in Sitrep.Core;
/// the generated GeoNames table is copied beside the assemblies at build time (gazetteer/gazetteer.tsv)
/// or found in data/generated/ of a source checkout. Users add their own tables:
///   SITREP_GAZETTEER=FILE     a GeoNames-format file to use instead of the bundled one;
///   SITREP_HOME (default ~/.local/share/sitrep): gazetteer.tsv written by `sitrep gazetteer import`,
///   loaded before the bundled table; kb/*.tsv actor tables in the format of data/actors.tsv;
///   SITREP_KB=FILE[:FILE...]  more actor tables.
/// </summary>
public static class KnowledgeFiles
{
    public static string Home =>
        Environment.GetEnvironmentVariable("SITREP_HOME") is { Length: > 0 } home ? home
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "sitrep");

    public static string UserGazetteer => Path.Combine(Home, "gazetteer.tsv");

    /// <summary>The bundled GeoNames table, or null when the build-time step has not run.</summary>
    public static string? BundledGazetteer()
    {
        if (Environment.GetEnvironmentVariable("SITREP_GAZETTEER") is { Length: > 0 } env) return File.Exists(env) ? env : null;
        var beside = Path.Combine(AppContext.BaseDirectory, "gazetteer", "gazetteer.tsv");
        if (File.Exists(beside)) return beside;
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", "generated", "gazetteer.tsv");
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    public static IEnumerable<string> UserActorTables()
    {
        var dir = Path.Combine(Home, "kb");
        if (Directory.Exists(dir))
            foreach (var f in Directory.EnumerateFiles(dir, "*.tsv").Order(StringComparer.Ordinal)) yield return f;
        if (Environment.GetEnvironmentVariable("SITREP_KB") is { Length: > 0 } list)
            foreach (var f in list.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
                if (File.Exists(f)) yield return f;
    }

    /// <summary>An embedded curated table (data/NAME at the repository root).</summary>
    public static TextReader Embedded(string name)
    {
        var asm = typeof(KnowledgeFiles).Assembly;
        var stream = asm.GetManifestResourceStream("Sitrep.Data." + name)
                     ?? throw new InvalidOperationException($"embedded table {name} is missing from {asm.GetName().Name}");
        return new StreamReader(stream);
    }
}

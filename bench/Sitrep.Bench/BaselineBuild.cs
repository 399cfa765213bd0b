using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using Sitrep.Evaluation;

/// <summary>
/// Another build of Sitrep (its bin folder) loaded side by side in its own load context, run as one more system
/// in the same interleaved rounds. On a shared, loaded machine two benchmark runs minutes apart differ by more
/// than most single optimisations gain; alternating two builds page by page in one process exposes both to the
/// same load.
/// </summary>
static class BaselineBuild
{
    public static ExtractionSystem Load(string binDirectory, string dataDirectory)
    {
        var context = new AssemblyLoadContext("baseline", isCollectible: false);
        context.Resolving += (ctx, name) =>
        {
            var path = Path.Combine(binDirectory, name.Name + ".dll");
            return File.Exists(path) ? ctx.LoadFromAssemblyPath(path) : null;
        };
        var core = context.LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(binDirectory, "Sitrep.Core.dll")));
        var dataset = core.GetType("Sitrep.Evaluation.AebDataset")!.GetMethod("Load")!.Invoke(null, [dataDirectory])!;
        var theirPages = (IEnumerable)dataset.GetType().GetProperty("Pages")!.GetValue(dataset)!;
        var byKey = new Dictionary<string, object>();
        foreach (var p in theirPages) byKey[(string)p.GetType().GetProperty("Key")!.GetValue(p)!] = p;
        var system = core.GetType("Sitrep.Evaluation.ExtractionSystem")!.GetMethod("Sitrep")!.Invoke(null, null)!;
        var extract = (Delegate)system.GetType().GetProperty("ExtractBody")!.GetValue(system)!;
        var invoke = extract.GetType().GetMethod("Invoke")!;
        return new ExtractionSystem("baseline", page => (string)invoke.Invoke(extract, [byKey[page.Key]])!);
    }
}

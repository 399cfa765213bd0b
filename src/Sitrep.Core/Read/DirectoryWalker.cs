namespace Sitrep.Read;

/// <summary>Walks a directory tree in a stable (ordinal) order. Unreadable directories and files become
/// entries with an error instead of ending the walk; symbolic links to directories are not followed (no loops).</summary>
public static class DirectoryWalker
{
    public readonly record struct Entry(string Path, string? Error);

    public static IEnumerable<Entry> Walk(string root)
    {
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] files, dirs;
            string? error = null;
            try
            {
                files = Directory.GetFiles(dir);
                dirs = Directory.GetDirectories(dir);
            }
            catch (UnauthorizedAccessException) { files = dirs = []; error = "permission denied: directory cannot be listed"; }
            catch (IOException ex) { files = dirs = []; error = $"directory cannot be listed: {ex.Message}"; }
            if (error is not null)
            {
                yield return new Entry(dir, error);
                continue;
            }
            Array.Sort(files, StringComparer.Ordinal);
            Array.Sort(dirs, StringComparer.Ordinal);
            foreach (var f in files)
            {
                if (IsHidden(f)) continue;
                yield return new Entry(f, null);
            }
            for (int i = dirs.Length - 1; i >= 0; i--)
            {
                if (IsHidden(dirs[i])) continue;
                var info = new DirectoryInfo(dirs[i]);
                if (info.LinkTarget is not null) continue;
                pending.Push(dirs[i]);
            }
        }
    }

    // Dot-files (.git, .DS_Store) are tool state, not user documents.
    private static bool IsHidden(string path) => System.IO.Path.GetFileName(path).StartsWith('.');
}

using System.Security.Cryptography;
using System.Text;
using Sitrep.Documents;

namespace Sitrep.Tests.Extract.PlainText;

/// <summary>Builds decoded text pages for the extractor tests.</summary>
internal static class Pages
{
    public static DecodedPage Text(string content, string? path = null, DocumentHints? hints = null)
    {
        var id = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..16].ToLowerInvariant();
        var raw = new RawDocument
        {
            Source = new SourceInfo(path, null, Formats.Text),
            Kind = PayloadKind.Text,
            Text = content,
            Id = id,
            Hints = hints ?? DocumentHints.None,
        };
        return new DecodedPage(raw, content, PayloadKind.Text, "utf-8", []);
    }

    /// <summary>The shared seeds directory, found by walking up from the test binaries to the repo root's sibling.</summary>
    public static string? SeedsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "..", "shared", "seeds");
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.sln")) || Directory.Exists(Path.Combine(dir.FullName, ".git")))
                return Directory.Exists(candidate) ? Path.GetFullPath(candidate) : null;
        }
        return null;
    }

    public static DecodedPage Seed(string directory, string prefix)
    {
        var file = Directory.GetFiles(directory, prefix + "_*.txt").Single();
        return Text(File.ReadAllText(file), file);
    }
}

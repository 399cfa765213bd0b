using System.IO.Compression;
using System.Text;
using Sitrep.Documents;
using Sitrep.Read;

namespace Sitrep.Tests.Read;

/// <summary>Runs the read stage on in-memory inputs, as the CLI would on a file or stdin.</summary>
internal static class ReadHelpers
{
    public static List<ReadItem> ReadInput(byte[] bytes, string? fileName = "input", ReadOptions? options = null)
    {
        options ??= ReadOptions.Default;
        var reader = new InputReader(options);
        return reader.ReadStream(new MemoryStream(bytes), new InputContext(fileName, options), fileName, ownsStream: true).ToList();
    }

    public static List<ReadItem> ReadInput(string text, string? fileName = "input", ReadOptions? options = null) =>
        ReadInput(Encoding.UTF8.GetBytes(text), fileName, options);

    public static List<RawDocument> Documents(this IEnumerable<ReadItem> items) =>
        items.OfType<ReadDocument>().Select(d => d.Document).ToList();

    public static List<ReadError> Errors(this IEnumerable<ReadItem> items) => items.OfType<ReadError>().ToList();

    public static string Content(this RawDocument doc) => doc.Text ?? Encoding.UTF8.GetString(doc.Bytes.Span);

    /// <summary>A legacy code page (cp1251, cp1252), registering the provider .NET keeps them in.</summary>
    public static Encoding CodePage(int number)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(number);
    }

    public static byte[] Gzip(byte[] data)
    {
        var output = new MemoryStream();
        using (var gz = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(data);
        return output.ToArray();
    }

    /// <summary>A scratch directory removed when disposed.</summary>
    public sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("sitrep-read-").FullName;
        public string File(string name, byte[] content)
        {
            var full = System.IO.Path.Combine(Path, name);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
            System.IO.File.WriteAllBytes(full, content);
            return full;
        }
        public string File(string name, string content) => File(name, Encoding.UTF8.GetBytes(content));
        public void Dispose() { try { Directory.Delete(Path, recursive: true); } catch (IOException) { } }
    }
}

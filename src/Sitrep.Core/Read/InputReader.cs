using Sitrep.Documents;
using Sitrep.Read.Detection;

namespace Sitrep.Read;

/// <summary>
/// The read stage's entry point: walks the INPUT arguments (files, directories recursively, "-" for stdin),
/// detects each input's format from its content and hands it to the matching format reader.
/// Every failure becomes a <see cref="ReadError"/> naming the input and the reason; nothing is dropped.
/// </summary>
public sealed class InputReader(ReadOptions options)
{
    public ReadOptions Options { get; } = options;

    private static readonly Dictionary<InputFormat, IFormatReader> Readers = new()
    {
        [InputFormat.Text] = new SinglePageReader(Formats.Text, PayloadKind.Text),
        [InputFormat.Html] = new SinglePageReader(Formats.Html, PayloadKind.Html),
        [InputFormat.Warc] = new Warc.WarcReader(),
        [InputFormat.JsonLines] = new JsonLines.JsonLinesReader(),
        [InputFormat.Csv] = new Csv.CsvReader(),
        [InputFormat.Rss] = new Feeds.FeedReader(Formats.Rss),
        [InputFormat.Atom] = new Feeds.FeedReader(Formats.Atom),
    };

    /// <summary>Checks the INPUT arguments before a run: a path that does not exist is bad usage (exit 2).</summary>
    public static string? ValidatePaths(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
            if (input != "-" && !File.Exists(input) && !Directory.Exists(input))
                return $"input not found: {input}";
        return null;
    }

    public IEnumerable<ReadItem> Read(IReadOnlyList<string> inputs)
    {
        if (inputs.Count == 0) inputs = ["-"];
        foreach (var input in inputs)
        {
            var items = input == "-" ? ReadStdin() : Directory.Exists(input) ? ReadDirectory(input) : ReadFile(input);
            foreach (var item in items) yield return item;
        }
    }

    private IEnumerable<ReadItem> ReadStdin()
    {
        var stdin = Console.OpenStandardInput();
        return ReadStream(stdin, new InputContext(null, Options), fileName: null, ownsStream: true);
    }

    private IEnumerable<ReadItem> ReadDirectory(string root)
    {
        foreach (var entry in DirectoryWalker.Walk(root))
        {
            if (entry.Error is { } error)
            {
                yield return new ReadError(new SourceInfo(entry.Path, null, "unknown"), error);
                continue;
            }
            // A walked directory may hold FIFOs or device nodes, whose open() would wait forever for a writer.
            // They report length 0 like empty files, so zero-length entries are answered without opening them.
            // (A FIFO named explicitly as INPUT is still opened and streamed: that is what the user asked for.)
            if (IsZeroLength(entry.Path))
            {
                yield return new ReadError(new SourceInfo(entry.Path, Options.Hints.Url, "unknown"), "empty input: no bytes to read (or not a regular file)");
                continue;
            }
            foreach (var item in ReadFile(entry.Path)) yield return item;
        }
    }

    private static bool IsZeroLength(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.Length == 0 && BrokenLink(path) is null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return false; }
    }

    public IEnumerable<ReadItem> ReadFile(string path)
    {
        Stream? stream = null;
        string? error = null;
        // Unbuffered: every reader reads in large blocks already, and a 64 KB buffer per small file adds up.
        try { stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan); }
        catch (UnauthorizedAccessException) { error = "permission denied"; }
        catch (IOException ex) { error = BrokenLink(path) ?? $"cannot open: {ex.Message}"; }
        if (stream is null)
        {
            yield return new ReadError(new SourceInfo(path, Options.Hints.Url, "unknown"), error!);
            yield break;
        }
        foreach (var item in ReadStream(stream, new InputContext(path, Options), Path.GetFileName(path), ownsStream: true))
            yield return item;
    }

    /// <summary>The message for a path that is a symbolic link to nothing, else null.</summary>
    private static string? BrokenLink(string path)
    {
        try
        {
            var info = new FileInfo(path);
            // File.Exists is true for the link itself; resolving it to the end tells whether anything is there.
            return info.LinkTarget is { } target && info.ResolveLinkTarget(returnFinalTarget: true) is { Exists: false }
                ? $"broken symbolic link: its target {target} does not exist" : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>Readers report bad content as errors and never throw; should one throw anyway (a bug), the input
    /// ends with an error saying so instead of the whole run stopping.</summary>
    private static IEnumerable<ReadItem> Guarded(IEnumerable<ReadItem> items, InputContext input, string format)
    {
        using var e = items.GetEnumerator();
        int count = 0;
        while (true)
        {
            string? failure = null;
            try
            {
                if (!e.MoveNext())
                {
                    // A container with nothing in it would otherwise vanish from the output without a word.
                    if (count == 0 && NothingFound.TryGetValue(format, out var why)) failure = why;
                    else yield break;
                }
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                failure = $"{UnexpectedFailure}{ex.GetType().Name}: {ex.Message}";
            }
            if (failure is not null)
            {
                yield return new ReadError(input.Source(format), failure);
                yield break;
            }
            count++;
            yield return e.Current;
        }
    }

    private static readonly Dictionary<string, string> NothingFound = new()
    {
        [Formats.Warc] = "no pages: the WARC file holds no response or resource records (only warcinfo, request, metadata or revisit records)",
        [Formats.JsonLines] = "no records: the JSON Lines input holds only blank lines",
        [Formats.Csv] = "no rows: the CSV file has a header but no rows",
        [Formats.Rss] = "no items: the feed has no <item> elements",
        [Formats.Atom] = "no entries: the feed has no <entry> elements",
    };

    /// <summary>Prefix of the error a reader bug produces (tests look for it).</summary>
    public const string UnexpectedFailure = "reading stopped by an internal error: ";

    /// <summary>Reads one stream of any supported format (gzip-wrapped or not).</summary>
    public IEnumerable<ReadItem> ReadStream(Stream raw, InputContext input, string? fileName, bool ownsStream)
    {
        var stream = new PeekableStream(raw, ownsStream);
        try
        {
            byte[] head;
            string? headError = null;
            try { head = stream.Peek(FormatDetector.HeadSize); }
            catch (IOException ex) { head = []; headError = $"cannot read: {ex.Message}"; }
            if (headError is not null)
            {
                yield return new ReadError(input.Source("unknown"), headError);
                yield break;
            }

            var detection = FormatDetector.Detect(head, fileName);
            if (detection.Format == InputFormat.Gzip)
            {
                var innerName = fileName is not null && fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName;
                foreach (var item in ReadStream(new Gzip.GzipReader(stream, input.Path), input, innerName, ownsStream: true))
                    yield return item;
                yield break;
            }
            switch (detection.Format)
            {
                case InputFormat.Empty:
                    yield return new ReadError(input.Source("unknown"), "empty input: no bytes to read");
                    yield break;
                case InputFormat.Binary:
                    yield return new ReadError(input.Source("unknown"), $"not a text document: {detection.Detail}");
                    yield break;
            }
            var reader = Readers[detection.Format];
            foreach (var item in Guarded(reader.Read(stream, input), input, reader.Format)) yield return item;
        }
        finally { stream.Dispose(); }
    }
}

using Sitrep.Documents;
using Sitrep.Read.Decoding;

namespace Sitrep.Extract.PlainText.Templates;

/// <summary>
/// The template pre-pass for a run over stored inputs (a directory, files): every flattened page is read and
/// shown to the template memory before extraction starts, so the FIRST page of an outlet already loses the
/// lines that recur on its other pages (seeds 000 and 003 come from one site). Streaming alone only helps the
/// pages after the second. Bounded: at most <paramref name="maxDocuments"/> pages are observed (the memory
/// itself is capped, <see cref="TemplateMemory.DefaultMaxLines"/>); extraction keeps learning past that.
/// Unreadable or undecodable inputs are skipped here: extraction reports them.
/// </summary>
public static class TemplatePrepass
{
    public const int DefaultMaxDocuments = 20_000;

    /// <summary>Inputs that can be read twice: files and directories, not standard input ("-", also the default).</summary>
    public static bool CanReadTwice(IReadOnlyCollection<string> inputs) => inputs.Count > 0 && !inputs.Contains("-");

    /// <returns>How many pages were observed.</returns>
    public static int Run(IEnumerable<ReadItem> items, PageExtractor extractor, int maxDocuments = DefaultMaxDocuments, CancellationToken ct = default)
    {
        int observed = 0;
        foreach (var item in items)
        {
            if (observed >= maxDocuments || ct.IsCancellationRequested) break;
            if (item is not ReadDocument { Document: { Kind: PayloadKind.Text } raw }) continue;
            try
            {
                extractor.Observe(PageDecoder.Decode(raw));
                observed++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A page that cannot be decoded teaches nothing; the extraction pass reports it.
            }
        }
        return observed;
    }
}

namespace Sitrep.Documents;

/// <summary>The input formats named by the contract (source.format).</summary>
public static class Formats
{
    public const string Text = "text";
    public const string Html = "html";
    public const string Warc = "warc";
    public const string JsonLines = "jsonl";
    public const string Csv = "csv";
    public const string Rss = "rss";
    public const string Atom = "atom";
}

/// <summary>What kind of markup a record's payload is, which decides the extractor.</summary>
public enum PayloadKind { Text, Html }

namespace Sitrep.Read.Detection;

/// <summary>What <see cref="FormatDetector"/> decides an input is.</summary>
public enum InputFormat { Empty, Text, Html, Warc, JsonLines, Csv, Rss, Atom, Gzip, Binary }

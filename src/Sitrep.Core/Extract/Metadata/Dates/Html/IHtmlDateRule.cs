namespace Sitrep.Extract.Metadata.Dates.Html;

/// <summary>One source of publication-date candidates on an HTML page. Rules yield candidates best-first; the cascade keeps the first plausible one.</summary>
public interface IHtmlDateRule
{
    string Name { get; }
    IEnumerable<DateFinding> Find(HtmlDatePage page);
}

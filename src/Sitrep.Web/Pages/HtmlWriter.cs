using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Sitrep.Web.Pages;

/// <summary>Markup our own code built (never scraped text); the only thing <see cref="HtmlWriter"/> writes unescaped.</summary>
public readonly record struct Markup(string Value)
{
    public override string ToString() => Value;
}

/// <summary>
/// Builds a page with escaping on by default: in <c>w.Append($"&lt;a href=\"{url}\"&gt;{title}&lt;/a&gt;")</c> the
/// literal parts are our markup and every hole is HTML-encoded (HTML §13.1.2.3, §13.5: text and attribute
/// values), so scraped text can never open a tag or leave an attribute. Only a <see cref="Markup"/> hole is raw.
/// </summary>
public sealed class HtmlWriter
{
    // Letters of every script stay readable; < > &amp; " ' and control characters are encoded.
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    internal StringBuilder Builder { get; } = new(8192);

    public void Append([InterpolatedStringHandlerArgument("")] ref HtmlInterpolation html) { }

    public void Text(string? text)
    {
        if (!string.IsNullOrEmpty(text)) Encoder.Encode(new StringWriter(Builder), text);
    }

    public void Raw(Markup markup) => Builder.Append(markup.Value);

    public override string ToString() => Builder.ToString();

    public static string Encode(string? text) => text is null ? "" : Encoder.Encode(text);
}

[InterpolatedStringHandler]
public ref struct HtmlInterpolation
{
    private readonly HtmlWriter _writer;

    public HtmlInterpolation(int literalLength, int formattedCount, HtmlWriter writer) => _writer = writer;

    public void AppendLiteral(string literal) => _writer.Builder.Append(literal);

    public void AppendFormatted(Markup markup) => _writer.Raw(markup);

    public void AppendFormatted(string? text) => _writer.Text(text);

    public void AppendFormatted<T>(T value) =>
        _writer.Text(value is IFormattable f ? f.ToString(null, CultureInfo.InvariantCulture) : value?.ToString());

    public void AppendFormatted<T>(T value, string format) where T : IFormattable =>
        _writer.Text(value.ToString(format, CultureInfo.InvariantCulture));
}

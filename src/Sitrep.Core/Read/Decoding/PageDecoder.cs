using Sitrep.Documents;

namespace Sitrep.Read.Decoding;

/// <summary>The decode stage: bytes (or container-decoded text) to a <see cref="DecodedPage"/>.</summary>
public static class PageDecoder
{
    public static DecodedPage Decode(RawDocument raw)
    {
        if (raw.Text is { } text) return new(raw, text, raw.Kind, "utf-16 (decoded by container)", []);
        var result = TextDecoder.Decode(raw.Bytes.Span, raw.DeclaredCharset, raw.Kind == PayloadKind.Html);
        var warnings = new List<string>();
        if (result.Evidence.StartsWith("undeclared single-byte", StringComparison.Ordinal))
            warnings.Add($"no character encoding declared and not UTF-8: decoded as {result.EncodingName} (guessed)");
        if (result.Text.Contains('\uFFFD'))
            warnings.Add("the input contains bytes that are invalid in its encoding; they were replaced by U+FFFD");
        return new(raw, result.Text, raw.Kind, result.EncodingName, warnings);
    }
}

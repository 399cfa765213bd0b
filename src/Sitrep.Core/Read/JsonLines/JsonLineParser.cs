using System.Text;
using System.Text.Json;
using Sitrep.Documents;
using Sitrep.Read.Decoding;

namespace Sitrep.Read.JsonLines;

/// <summary>
/// Turns one JSON Lines record (jsonlines.org: one UTF-8 JSON value per line) into a document or an error.
/// The object must carry the page as <c>text</c> or <c>html</c> (a string); <c>url</c>, <c>title</c>, <c>date</c>,
/// <c>outlet</c> (or <c>source</c>) and <c>author</c> are read as hints. Other fields are ignored.
/// </summary>
internal static class JsonLineParser
{
    private static readonly JsonReaderOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 64 };

    /// <summary>Null for a blank line.</summary>
    public static ReadItem? Parse(ReadOnlySpan<byte> line, int number, InputContext input)
    {
        if (line.Trim(" \t\r"u8).IsEmpty) return null;
        string id = ContentHash.Of(line);
        // A stray non-UTF-8 line (a cp1251 record pasted into a UTF-8 file) is decoded rather than refused.
        byte[]? recoded = null;
        if (!System.Text.Unicode.Utf8.IsValid(line))
            recoded = Encoding.UTF8.GetBytes(SingleByteSniffer.Guess(line).GetString(line));
        var fields = new Fields();
        string? problem = Read(recoded ?? line, fields);
        var source = input.Source(Formats.JsonLines, fields.Url, $"line {number}");
        if (problem is not null) return new ReadError(source, $"line {number}: {problem}");

        bool isHtml = !string.IsNullOrWhiteSpace(fields.Html);
        var content = isHtml ? fields.Html : fields.Text;
        if (content is null)
            return new ReadError(source, $"line {number}: {fields.WrongType ?? "no \"text\" or \"html\" field: each line needs the page as a string in one of them"}");
        if (string.IsNullOrWhiteSpace(content))
            return new ReadError(source, $"line {number}: the \"{(isHtml ? "html" : "text")}\" field is empty");
        return new ReadDocument(new RawDocument
        {
            Source = source,
            Kind = isHtml ? PayloadKind.Html : PayloadKind.Text,
            Text = content,
            Hints = new DocumentHints(fields.Url, fields.Title, fields.Date, fields.Outlet, fields.Author).Or(input.Options.Hints),
            Id = id,
        });
    }

    private sealed class Fields
    {
        public string? Text, Html, Url, Title, Date, Outlet, Author, WrongType;
    }

    /// <summary>Reads the top-level object's string fields; returns why the line is unusable, or null.</summary>
    private static string? Read(ReadOnlySpan<byte> line, Fields f)
    {
        var reader = new Utf8JsonReader(line, Options);
        try
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
                return $"a JSON {Describe(reader.TokenType)}, not an object with a \"text\" or \"html\" field";
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString()!.ToLowerInvariant();
                reader.Read();
                if (reader.TokenType != JsonTokenType.String)
                {
                    if (name is "text" or "html") f.WrongType = $"\"{name}\" is a JSON {Describe(reader.TokenType)}, not a string";
                    reader.Skip();
                    continue;
                }
                var value = reader.GetString();
                switch (name)
                {
                    case "text": f.Text = value; break;
                    case "html": f.Html = value; break;
                    case "url": f.Url = NullIfBlank(value); break;
                    case "title": f.Title = NullIfBlank(value); break;
                    case "date": f.Date = NullIfBlank(value); break;
                    case "outlet": f.Outlet = NullIfBlank(value); break;
                    case "source": f.Outlet ??= NullIfBlank(value); break;
                    case "author": f.Author = NullIfBlank(value); break;
                }
            }
            if (reader.Read()) return "more than one JSON value on the line";
            return null;
        }
        catch (JsonException ex)
        {
            var message = ex.Message;
            int cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0) message = message[..cut];
            return $"invalid JSON at byte {ex.BytePositionInLine ?? 0}: {message.TrimEnd('.', ' ')}";
        }
        catch (InvalidOperationException ex)
        {
            return $"invalid JSON string: {ex.Message}";
        }
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string Describe(JsonTokenType t) => t switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartObject => "object",
        _ => t.ToString().ToLowerInvariant(),
    };
}

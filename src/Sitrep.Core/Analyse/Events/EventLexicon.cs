using System.Globalization;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Events;

/// <summary>One row of data/event-lexicon.tsv: a phrase that says an event type (or a cue of a group), with the
/// conditions under which it counts. See the file's header for the format.</summary>
public sealed record LexiconRow(
    int Id, string Key, double Weight, string[] Phrase,
    string[] RequiredGroups, string[] ForbiddenGroups, string[] GroupsBefore,
    string? Category, string? Subtype)
{
    public bool IsGroup => Key.StartsWith('@');

    /// <summary>A "-" row names a phrase whose words report no event ("ceasefire monitoring center" is a body, not
    /// a ceasefire; "apprehends that" is understanding, not an arrest): other rows' phrases touching them do not count.</summary>
    public bool IsMask => Key == "-";

    /// <summary>The phrase's words pre-read: the literal or prefix text and its kind, so matching does no string work.</summary>
    public PhraseToken[] Tokens { get; } = Phrase.Select(PhraseToken.Parse).ToArray();
}

public enum PhraseTokenKind { Literal, Prefix, Capitals, Gap }

public readonly record struct PhraseToken(string Text, PhraseTokenKind Kind)
{
    public static PhraseToken Parse(string token) =>
        token == "~" ? new(token, PhraseTokenKind.Gap)
        : token.EndsWith('*') ? new(token[..^1], PhraseTokenKind.Prefix)
        : token.Length > 1 && token.All(char.IsUpper) ? new(token, PhraseTokenKind.Capitals)
        : new(token, PhraseTokenKind.Literal);
}

/// <summary>The event lexicon, indexed by its phrases' first word so a sentence is matched in one pass.</summary>
public sealed class EventLexicon
{
    public IReadOnlyList<LexiconRow> Rows { get; }
    private readonly Dictionary<string, List<LexiconRow>> _byFirstWord = new(StringComparer.Ordinal);
    // "word*" rows by their first three letters (a prefix shorter than 3 is looked up by itself).
    private readonly Dictionary<string, List<LexiconRow>> _byPrefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<LexiconRow>>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;

    public EventLexicon(IEnumerable<LexiconRow> rows)
    {
        Rows = rows.ToList();
        foreach (var row in Rows)
        {
            var first = row.Phrase[0];
            if (first.EndsWith('*'))
            {
                var stem = first[..^1];
                var key = stem.Length >= 3 ? stem[..3] : stem;
                Add(_byPrefix, key, row);
            }
            else Add(_byFirstWord, first.ToLowerInvariant(), row);
        }
        _prefixLookup = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static void Add(Dictionary<string, List<LexiconRow>> index, string key, LexiconRow row)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = [];
        list.Add(row);
    }

    /// <summary>Rows whose phrase may start at a word, exact first words then prefixes (the caller checks the whole phrase).</summary>
    public (List<LexiconRow>? Exact, List<LexiconRow>? Prefixed) StartingWith(string lowerWord)
    {
        _byFirstWord.TryGetValue(lowerWord, out var exact);
        _prefixLookup.TryGetValue(lowerWord.AsSpan(0, Math.Min(3, lowerWord.Length)), out var pre);
        return (exact, pre);
    }

    private static readonly Lazy<EventLexicon> Embedded = new(() => Parse(KnowledgeFiles.Embedded("event-lexicon.tsv")));
    public static EventLexicon Default => Embedded.Value;

    public static EventLexicon Parse(TextReader reader)
    {
        var rows = new List<LexiconRow>();
        string? line;
        var lineNo = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length < 3) throw new FormatException($"event-lexicon.tsv line {lineNo}: expected key, weight, phrase");
            var phrase = cols[2].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (phrase.Length == 0 || phrase[0] == "~") throw new FormatException($"event-lexicon.tsv line {lineNo}: empty phrase");
            // Conditions and extras are told apart by their prefixes, so a row without conditions may put its extras third.
            var conditions = string.Join(' ', cols.Skip(3)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var extra = conditions;
            rows.Add(new LexiconRow(
                rows.Count, cols[0], double.Parse(cols[1], CultureInfo.InvariantCulture), phrase,
                Values(conditions, "if:"), Values(conditions, "not:"), Values(conditions, "before:"),
                Values(extra, "cat:").FirstOrDefault(), Values(extra, "sub:").FirstOrDefault()));
        }
        return new EventLexicon(rows);
    }

    private static string[] Values(string[] items, string prefix) =>
        items.Where(i => i.StartsWith(prefix, StringComparison.Ordinal)).Select(i => i[prefix.Length..]).ToArray();
}

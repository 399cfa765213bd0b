using System.Text.RegularExpressions;

namespace Sitrep.Extract.Metadata.Dates;

/// <summary>
/// Month names and abbreviations in the languages of this news space (English, German, French, Spanish,
/// Italian, Portuguese, Dutch, Russian and Ukrainian in nominative and genitive, Arabic in Egyptian and
/// Levantine usage). Written by us from common usage; the process runs with invariant globalisation,
/// so culture data cannot be relied on.
/// </summary>
public static class MonthNames
{
    private static readonly string[][] ByMonth =
    [
        ["january", "jan", "januar", "jänner", "jaenner", "janvier", "janv", "enero", "ene", "gennaio", "janeiro", "januari", "январь", "января", "янв", "січень", "січня", "يناير", "كانون الثاني"],
        ["february", "feb", "februar", "feber", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "februari", "февраль", "февраля", "фев", "лютий", "лютого", "فبراير", "شباط"],
        ["march", "mar", "märz", "maerz", "mär", "mrz", "mars", "marzo", "março", "marco", "maart", "март", "марта", "березень", "березня", "مارس", "آذار"],
        ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "апрель", "апреля", "апр", "квітень", "квітня", "أبريل", "ابريل", "إبريل", "نيسان"],
        ["may", "mai", "mayo", "maggio", "maio", "mei", "май", "мая", "травень", "травня", "مايو", "أيار", "ايار"],
        ["june", "jun", "juni", "juin", "junio", "giugno", "junho", "июнь", "июня", "червень", "червня", "يونيو", "يونيه", "حزيران"],
        ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "julho", "июль", "июля", "липень", "липня", "يوليو", "يوليه", "تموز"],
        ["august", "aug", "août", "aout", "agosto", "ago", "augustus", "август", "августа", "авг", "серпень", "серпня", "أغسطس", "اغسطس", "آب"],
        ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro", "сентябрь", "сентября", "сен", "вересень", "вересня", "سبتمبر", "أيلول", "ايلول"],
        ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro", "октябрь", "октября", "окт", "жовтень", "жовтня", "أكتوبر", "اكتوبر", "تشرين الأول"],
        ["november", "nov", "novembre", "noviembre", "novembro", "ноябрь", "ноября", "ноя", "листопад", "листопада", "نوفمبر", "تشرين الثاني"],
        ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "декабрь", "декабря", "дек", "грудень", "грудня", "ديسمبر", "كانون الأول"],
    ];

    private static readonly Dictionary<string, int> Lookup = Build();

    /// <summary>Regex alternation of every name, longest first so "sept" wins over "sep".</summary>
    public static readonly string Pattern = string.Join("|",
        Lookup.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    /// <summary>The names, and the first words of the names of two words ("كانون الثاني"), for <see cref="IsMonthWordStart"/>.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordStarts =
        new HashSet<string>(Lookup.Keys.Select(k => k.Split(' ')[0]), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <paramref name="word"/> (a whole run of letters) is a month name or the first word of one.</summary>
    public static bool IsMonthWordStart(ReadOnlySpan<char> word) => WordStarts.Contains(word);

    private static Dictionary<string, int> Build()
    {
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int m = 0; m < 12; m++)
            foreach (var name in ByMonth[m])
                d.TryAdd(name, m + 1);
        return d;
    }

    /// <summary>The month number (1..12) of a name or abbreviation (a trailing dot is allowed), or 0.</summary>
    public static int Parse(string name)
    {
        name = name.Trim().TrimEnd('.');
        return Lookup.TryGetValue(name, out var m) ? m : 0;
    }
}

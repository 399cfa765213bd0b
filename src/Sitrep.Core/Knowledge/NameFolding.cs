namespace Sitrep.Knowledge;

/// <summary>
/// Folds a name to the form every lookup table is keyed by: lower case, diacritics stripped, Cyrillic
/// transliterated (BGN/PCGN-like, so "Пальмира" reads "palmira"), apostrophes and ayn/hamza marks
/// dropped ("Ma'arrat" = "Maarrat"), dots in abbreviations dropped ("U.S." = "us"), hyphens and other
/// punctuation turned into single spaces. A table lookup instead of Unicode normalisation: the
/// build runs with invariant globalisation, and the table is faster on every token of every page.
/// </summary>
public static class NameFolding
{
    private static readonly string?[] Table = BuildTable();

    public static string Fold(ReadOnlySpan<char> text)
    {
        if (IsFoldedAscii(text)) return text.ToString();
        // A name folds to at most four letters per character ("щ" → "shch"); names are short, so the
        // buffer lives on the stack and the only allocation is the result.
        var capacity = text.Length * 4;
        var buffer = capacity <= 512 ? stackalloc char[capacity] : new char[capacity];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            string? mapped = c < Table.Length ? Table[c] : (char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c).ToString() : " ");
            if (mapped is null) continue;                 // dropped mark (apostrophe, dot, combining accent)
            if (mapped == " ") { pendingSpace = length > 0; continue; }
            if (pendingSpace) { buffer[length++] = ' '; pendingSpace = false; }
            foreach (var m in mapped) buffer[length++] = m;
        }
        return new string(buffer[..length]);
    }

    public static string Fold(string text) => IsFoldedAscii(text) ? text : Fold(text.AsSpan());

    /// <summary>Already folded: lower-case ASCII letters and digits, single inner spaces. The common case.</summary>
    private static bool IsFoldedAscii(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text[0] == ' ' || text[^1] == ' ') return text.IsEmpty;
        var prevSpace = false;
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') { prevSpace = false; continue; }
            if (c == ' ' && !prevSpace) { prevSpace = true; continue; }
            return false;
        }
        return true;
    }

    private static string?[] BuildTable()
    {
        var t = new string?[0x2100];
        for (var c = 0; c < t.Length; c++)
        {
            var ch = (char)c;
            t[c] = char.IsLetterOrDigit(ch) ? char.ToLowerInvariant(ch).ToString() : " ";
        }
        // Marks that sit inside a name and must not split it.
        foreach (var c in "'’‘`´ʻʼʿʾ.\u00AD") t[c] = null;
        for (var c = 0x300; c <= 0x36F; c++) t[c] = null;  // combining diacritics

        void Map(string chars, string to) { foreach (var c in chars) t[c] = to; }
        Map("ÀÁÂÃÄÅàáâãäåĀāĂăĄąǍǎȀȁȂȃȦȧ", "a"); Map("ÆæǼǽ", "ae");
        Map("ÇçĆćĈĉĊċČč", "c"); Map("ĎďĐđḌḍḎḏ", "d"); Map("ÐðÞþ", "th");
        Map("ÈÉÊËèéêëĒēĔĕĖėĘęĚěȄȅȆȇ", "e"); Map("ĜĝĞğĠġĢģǦǧ", "g");
        Map("ĤĥĦħḤḥḪḫ", "h"); Map("ÌÍÎÏìíîïĨĩĪīĬĭĮįİıǏǐ", "i"); Map("Ĳĳ", "ij"); Map("Ĵĵ", "j");
        Map("Ķķ", "k"); Map("ĹĺĻļĽľĿŀŁł", "l"); Map("ÑñŃńŅņŇňŉ", "n");
        Map("ÒÓÔÕÖØòóôõöøŌōŎŏŐőǑǒ", "o"); Map("Œœ", "oe"); Map("ŔŕŖŗŘř", "r");
        Map("ŚśŜŝŞşŠšȘșṢṣ", "s"); Map("ß", "ss"); Map("ŢţŤťŦŧȚțṬṭ", "t");
        Map("ÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųǓǔ", "u"); Map("Ŵŵ", "w"); Map("ÝýÿŶŷŸ", "y");
        Map("ŹźŻżŽžẒẓ", "z");
        // Cyrillic, Russian and Ukrainian letters (BGN/PCGN romanisation, simplified).
        string[] cyr =
        [
            "а", "a", "б", "b", "в", "v", "г", "g", "д", "d", "е", "e", "ё", "e", "ж", "zh", "з", "z",
            "и", "i", "й", "y", "к", "k", "л", "l", "м", "m", "н", "n", "о", "o", "п", "p", "р", "r",
            "с", "s", "т", "t", "у", "u", "ф", "f", "х", "kh", "ц", "ts", "ч", "ch", "ш", "sh",
            "щ", "shch", "ъ", "", "ы", "y", "ь", "", "э", "e", "ю", "yu", "я", "ya",
            "і", "i", "ї", "yi", "є", "ye", "ґ", "g",
        ];
        for (var i = 0; i < cyr.Length; i += 2)
        {
            var lower = cyr[i][0];
            var upper = char.ToUpperInvariant(lower);
            var to = cyr[i + 1].Length == 0 ? null : cyr[i + 1];
            t[lower] = to; t[upper] = to;
        }
        return t;
    }
}

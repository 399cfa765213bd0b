namespace Sitrep.Analyse.Language;

/// <summary>
/// Identifies the language of a text from its script and its most frequent function words.
/// Enough to tell the news languages apart (en, ru, uk, ar, de, fr, es, it, tr, fa...); a document
/// with too little evidence gets null rather than a guess.
/// </summary>
public static class LanguageIdentifier
{
    private static readonly Dictionary<string, HashSet<string>> StopWords = new()
    {
        ["en"] = ["the", "and", "of", "to", "in", "that", "is", "was", "for", "on", "with", "he", "it", "as", "said", "by", "from", "has", "have", "are"],
        ["de"] = ["der", "die", "und", "das", "ist", "nicht", "den", "mit", "von", "sich", "des", "auf", "für", "ein", "eine", "dem", "im", "wurde"],
        ["fr"] = ["le", "la", "les", "et", "des", "est", "que", "une", "dans", "pour", "qui", "du", "sur", "pas", "au", "avec", "il", "ont"],
        ["es"] = ["el", "la", "de", "que", "y", "los", "en", "las", "del", "por", "una", "con", "para", "se", "al", "es", "fue"],
        ["it"] = ["il", "di", "che", "la", "e", "per", "un", "non", "della", "del", "sono", "alla", "nel", "gli", "ha", "anche"],
        ["pt"] = ["o", "de", "que", "e", "do", "da", "em", "um", "para", "com", "não", "uma", "os", "no", "se", "na", "foi"],
        ["nl"] = ["de", "het", "een", "van", "en", "is", "dat", "niet", "op", "te", "zijn", "met", "voor", "werd"],
        ["tr"] = ["ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "sonra"],
        ["ru"] = ["и", "в", "не", "на", "что", "с", "по", "как", "это", "из", "он", "к", "для", "о", "также", "был", "заявил"],
        ["uk"] = ["і", "в", "не", "на", "що", "з", "та", "як", "це", "у", "до", "для", "від", "також", "був", "й", "її"],
        ["bg"] = ["и", "в", "на", "не", "се", "че", "за", "от", "да", "е", "с", "по", "са", "които"],
        ["sr"] = ["и", "у", "је", "да", "на", "се", "за", "са", "од", "су"],
        ["ar"] = ["في", "من", "على", "أن", "إلى", "التي", "الذي", "عن", "مع", "هذا", "كان", "قال"],
        ["fa"] = ["و", "در", "به", "از", "که", "این", "را", "با", "است", "برای"],
    };

    public static string? Identify(string text, int maxChars = 4000)
    {
        var span = text.AsSpan(0, Math.Min(text.Length, maxChars));
        int latin = 0, cyrillic = 0, arabic = 0, hebrew = 0, cjk = 0, greek = 0;
        foreach (var c in span)
        {
            if (c < 'A') continue;
            if (c <= 'z' && char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F') latin++;
            else if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (c is >= '\u0600' and <= '\u06FF') arabic++;
            else if (c is >= '\u0590' and <= '\u05FF') hebrew++;
            else if (c is >= '\u0370' and <= '\u03FF') greek++;
            else if (c is >= '\u4E00' and <= '\u9FFF') cjk++;
        }
        int letters = latin + cyrillic + arabic + hebrew + cjk + greek;
        if (letters < 20) return null;
        if (hebrew > letters / 2) return "he";
        if (greek > letters / 2) return "el";
        if (cjk > letters / 3) return "zh";
        string[] candidates = cyrillic > letters / 2 ? ["ru", "uk", "bg", "sr"]
            : arabic > letters / 2 ? ["ar", "fa"]
            : ["en", "de", "fr", "es", "it", "pt", "nl", "tr"];
        if (cyrillic > letters / 2)
        {
            // Letters only Ukrainian uses decide quickly between the two most common Cyrillic languages.
            int ukrainian = 0, russian = 0;
            foreach (var c in span)
            {
                if (c is 'і' or 'ї' or 'є' or 'ґ' or 'І' or 'Ї' or 'Є') ukrainian++;
                if (c is 'ы' or 'э' or 'ъ' or 'ё' or 'Ы' or 'Э') russian++;
            }
            if (ukrainian > russian * 2 && ukrainian >= 3) return "uk";
            if (russian > ukrainian * 2 && russian >= 3) return "ru";
        }
        var scores = new Dictionary<string, int>();
        foreach (var word in Words(span))
            foreach (var lang in candidates)
                if (StopWords[lang].Contains(word)) scores[lang] = scores.GetValueOrDefault(lang) + 1;
        if (scores.Count == 0) return candidates.Length == 2 && arabic > 0 ? "ar" : null;
        var best = scores.MaxBy(kv => kv.Value);
        return best.Value >= 2 ? best.Key : null;
    }

    private static IEnumerable<string> Words(ReadOnlySpan<char> text)
    {
        var words = new List<string>();
        int start = -1;
        for (int i = 0; i <= text.Length; i++)
        {
            bool letter = i < text.Length && char.IsLetter(text[i]);
            if (letter && start < 0) start = i;
            else if (!letter && start >= 0)
            {
                if (i - start <= 12) words.Add(text[start..i].ToString().ToLowerInvariant());
                start = -1;
            }
        }
        return words;
    }
}

namespace Sitrep.Extract.PlainText.Text;

/// <summary>The commonest function words of the languages we meet (English, Russian, Ukrainian, German, French,
/// Arabic). Prose is full of them; menus, tag clouds and headlines are not (jusText's stop-word density test).</summary>
internal static class StopWordList
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        // English
        "the","a","an","of","to","in","on","at","for","and","or","but","is","are","was","were","be","been","has","have","had",
        "that","this","with","by","from","as","it","its","not","which","who","will","would","can","could","there","their","they",
        "he","she","we","his","her","our","than","then","also","into","about","after","before","while","when","if","so","all",
        // Russian
        "и","в","во","не","на","что","с","со","по","к","у","о","об","из","за","от","до","для","как","это","так","но","а","же",
        "бы","он","она","они","мы","его","её","ее","их","был","была","были","быть","при","также","который","которые","или","уже",
        // Ukrainian
        "і","й","та","що","це","як","від","для","але","він","вона","вони","ми","був","була","були","які","який","також","із","зі",
        // German
        "der","die","das","und","ist","nicht","ein","eine","einer","den","dem","des","mit","von","zu","im","auf","für","sich","auch",
        "es","sie","wir","wird","werden","hat","haben","sind","war","wurde","bei","nach","aus","dass","als","oder","aber","noch",
        // French / Spanish basics (quoted sources, mixed pages)
        "le","la","les","des","du","un","une","est","et","que","qui","dans","pour","par","sur","el","los","las","en","y","del",
        // Arabic
        "في","من","على","إلى","الى","أن","ان","عن","مع","هذا","هذه","التي","الذي","الذين","كان","كانت","قد","لا","ما","و","أو","ثم","بعد","قبل","عند",
    };

    private static readonly System.Collections.Frozen.FrozenSet<string> Frozen = System.Collections.Frozen.FrozenSet.ToFrozenSet(Words, StringComparer.Ordinal);
    private static readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Frozen.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Case-insensitive: the token is lower-cased into a stack buffer, the set is ordinal.</summary>
    /// <summary>The longest entry ("который"): longer tokens are not looked up at all.</summary>
    private static readonly int MaxLength = Words.Max(w => w.Length);

    public static bool Contains(ReadOnlySpan<char> token)
    {
        if (token.Length > MaxLength) return false;
        Span<char> lower = stackalloc char[token.Length];
        token.ToLowerInvariant(lower);
        return Lookup.Contains(lower);
    }
}

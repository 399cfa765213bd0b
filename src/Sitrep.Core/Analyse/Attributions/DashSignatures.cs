namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Rule "dash signature": testimonial, vox-pop and embedded-tweet pages sign a quotation with a dash line and no
/// reporting verb:
/// <code>
/// “The curfew keeps my children safe.” ― Maria Lopez, a teacher in Aleppo
/// "Great speech tonight."⏎⏎- President Obama.
/// </code>
/// The dash is the cue (PolNeAR marks it so), the name after it the source and the quotation the content. Fixes the
/// misses where such a quotation had no attribution at all (no verb, so no candidate). To keep list items ("— Nine
/// months of …" after "The evidence is:") and section heads ("– Country less safe –") out, the signature must follow a
/// paragraph that is nothing but a quotation (or the quotation on its own line), and start with a capitalised name of
/// at most <see cref="MaxNameWords"/> words that ends the line or runs into ", title" / "(@handle)".
/// </summary>
public static class DashSignatures
{
    private const int MaxNameWords = 6;
    private const int MaxSignatureWords = 24;

    /// <summary>The (cue, source, quotation) of every dash signature of the words.</summary>
    public static List<(int Dash, int SourceFirst, int SourceEnd, Quotation Quote)> Find(Word[] w, IReadOnlyList<Quotation> quotes)
    {
        var found = new List<(int, int, int, Quotation)>();
        for (var d = 1; d + 1 < w.Length; d++)
        {
            if (w[d].Kind != WordKind.Punct || w[d].Mark is not ('―' or '—' or '–' or '-') || w[d].Quote >= 0) continue;
            var quote = QuotationBefore(w, d);
            if (quote < 0) continue;
            var (first, end) = Name(w, d + 1);
            if (end <= first) continue;
            found.Add((d, first, end, quotes[quote]));
        }
        return found;
    }

    /// <summary>The quotation a dash at <paramref name="d"/> signs: the one just closed on its line ("…”― Name"), or the
    /// paragraph before when the dash opens its own line and that paragraph is one quotation (a closing dot allowed).</summary>
    private static int QuotationBefore(Word[] w, int d)
    {
        var prev = d - 1;
        if (w[prev].Quote >= 0) return OpensParagraph(w, prev) ? w[prev].Quote : -1;
        if (!w[prev].IsBreak) return -1;
        var k = prev - 1;
        while (k >= 0 && (w[k].IsBreak || w[k].Kind == WordKind.Punct && w[k].Quote < 0 && w[k].Mark is '.')) k--;
        if (k < 0 || w[k].Quote < 0) return -1;
        return OpensParagraph(w, k) ? w[k].Quote : -1;
    }

    /// <summary>The quotation holding token <paramref name="k"/> starts its paragraph: a break (or the body start) before its first token.</summary>
    private static bool OpensParagraph(Word[] w, int k)
    {
        var quote = w[k].Quote;
        while (k > 0 && w[k - 1].Quote == quote) k--;
        return k == 0 || w[k - 1].IsBreak;
    }

    /// <summary>"Maria Lopez" in "― Maria Lopez, a teacher …": capitalised words (joined by "of", "de", "al", "bin", initials)
    /// up to a comma, bracket, dot or the line end, in a signature line of at most <see cref="MaxSignatureWords"/> words.</summary>
    private static (int, int) Name(Word[] w, int from)
    {
        var k = from;
        var words = 0;
        while (k < w.Length && w[k].IsWord && w[k].Quote < 0 && words < MaxNameWords + 1
               && (w[k].Capitalised || words > 0 && w[k].Lower is "of" or "de" or "al" or "bin" or "van" or "von" or "la" or "del"))
        {
            k++;
            words++;
        }
        while (k > from && !w[k - 1].Capitalised) k--;   // "Maria of" → "Maria"
        if (k == from || k - from > MaxNameWords) return (0, 0);
        if (k < w.Length && !w[k].IsBreak && w[k].Mark is not (',' or '(' or '.' or '[' or '|')) return (0, 0);
        // The rest of the line is a short title or date, not a sentence of its own.
        var tail = 0;
        for (var t = k; t < w.Length && !w[t].IsBreak; t++)
        {
            if (w[t].Quote >= 0) return (0, 0);
            if (w[t].IsWord && ++tail > MaxSignatureWords) return (0, 0);
        }
        return (from, k);
    }
}

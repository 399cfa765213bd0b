namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Finds quotations in every style news pages use: “English curly”, "straight", «guillemets», „German low-high“
/// (or „…”), ‘single’ and 'straight single' quotes nested inside double ones, quotations running over several
/// paragraphs, and quotations whose opening mark the page lost. Rules, each fixing a failure seen on scraped text:
///   * a straight " opens after a space or bracket and closes otherwise, so it pairs without knowing the font;
///   * ’ and ' inside words are apostrophes ("don’t", "Russia's"): a single mark closes only before a non-letter;
///   * a top-level single quote opens only after a space and before a letter (‘moderate’ scare quotes);
///   * a paragraph that ends inside a quotation continues it when the next paragraph opens with a quote mark
///     (the style-guide convention for quoting several paragraphs: no closing mark until the last one);
///   * otherwise a quotation still open at a paragraph end ends there (a closing mark was lost);
///   * a closing mark with nothing open quotes from the paragraph start (an opening mark was lost).
/// </summary>
public static class QuoteScanner
{
    private readonly record struct Open(int Start, char Mark, bool Double);

    public static List<Quotation> Scan(string text)
    {
        var found = new List<Quotation>();
        var stack = new List<Open>(4);
        var paragraphStart = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '\n')
            {
                // Any line break ends a paragraph: scraped text keeps paragraphs on lines of their own.
                var next = i + 1;
                while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
                if (stack.Count > 0)
                {
                    // Multi-paragraph quotation: the next paragraph opens with a double quote mark.
                    if (next < text.Length && stack[0].Double && IsDoubleOpener(text, next))
                    {
                        stack.RemoveRange(1, stack.Count - 1);
                        i = next + (text[next] == '\'' ? 2 : 1);
                        paragraphStart = next;
                        continue;
                    }
                    CloseAll(found, stack, LastNonSpace(text, paragraphStart, i));
                }
                paragraphStart = next;
                i = next;
                continue;
            }
            // ''NYT style'': two straight apostrophes are one double quote mark.
            if (c == '\'' && i + 1 < text.Length && text[i + 1] == '\'')
            {
                var before = i == 0 ? ' ' : text[i - 1];
                var after = i + 2 < text.Length ? text[i + 2] : ' ';
                var opens = (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or ':') && !char.IsWhiteSpace(after);
                // Rule "triple closes both": ''… 'Hey, he's one of us,''' said Mr. English. The first mark closes the inner
                // single quotation and the last two the outer double one; read as a double mark first, the inner single
                // stayed open, the outer one never closed and the speaker's words fell inside the quotation.
                if (after == '\'' && !opens && stack.Count > 0 && !stack[^1].Double && stack.Exists(o => o.Mark == '\u2033'))
                {
                    Close(found, stack, i + 1);
                    i++;
                    continue;
                }
                if (stack.Count > 0 && stack[^1].Mark == '\u2033' && !opens) { Close(found, stack, i + 2); }
                else if (opens) stack.Add(new Open(i, '\u2033', true));
                else if (stack.Count == 0 && HasWords(text, OrphanStart(text, found, paragraphStart), i)) found.Add(new Quotation(OrphanStart(text, found, paragraphStart), i + 2, 0, Opened: false));
                i += 2;
                continue;
            }
            switch (c)
            {
                case '“':
                    if (TopIs(stack, '„')) Close(found, stack, i + 1);
                    else if (stack.Count > 0 && stack[^1].Double && !OpensHere(text, i)) Close(found, stack, i + 1);
                    else stack.Add(new Open(i, c, true));
                    break;
                case '„' or '«':
                    stack.Add(new Open(i, c, true));
                    break;
                case '”':
                    if (!CloseDouble(found, stack, i + 1))
                    {
                        if (OpensHere(text, i) && stack.Count == 0) stack.Add(new Open(i, c, true));     // ”Swedish style”
                        else if (HasWords(text, OrphanStart(text, found, paragraphStart), i)) found.Add(new Quotation(OrphanStart(text, found, paragraphStart), i + 1, 0, Opened: false));
                    }
                    break;
                case '»':
                    if (TopIs(stack, '«')) Close(found, stack, i + 1);
                    break;
                case '"':
                    if (stack.Count > 0 && stack[^1].Mark == '"' && !(OpensHere(text, i) && !ClosesHere(text, i))) Close(found, stack, i + 1);
                    else if (OpensHere(text, i)) stack.Add(new Open(i, c, true));
                    else if (stack.Count > 0 && stack[^1].Double) Close(found, stack, i + 1);
                    // Rule "double closes over a single": “… win Vermont in the '80s,” — a single mark left open inside (an
                    // elision the scanner took for a quote) must not swallow the closing double mark.
                    else if (stack.Count > 0 && stack.Exists(o => o.Mark == '"') && ClosesHere(text, i)) CloseDouble(found, stack, i + 1);
                    else if (stack.Count == 0 && HasWords(text, OrphanStart(text, found, paragraphStart), i)) found.Add(new Quotation(OrphanStart(text, found, paragraphStart), i + 1, 0, Opened: false));
                    break;
                case '‘' or '\'' or '‚' or '’':
                    if ((TopIs(stack, '‘') || TopIs(stack, '\'') || TopIs(stack, '‚')) && ClosesHere(text, i)
                        && !(c == '‘' && stack[^1].Mark == '‘'))
                        Close(found, stack, i + 1);
                    // "the '80s", "class of ’16": a single mark before a digit is an elision, never an opening quote.
                    else if (c is '‘' or '\'' or '‚' && OpensHere(text, i) && !(i + 1 < text.Length && char.IsDigit(text[i + 1])) && (stack.Count > 0 || c != '\'' && HasClosingSingle(text, i)))
                        stack.Add(new Open(i, c, false));
                    break;
            }
            i++;
        }
        if (stack.Count > 0) CloseAll(found, stack, LastNonSpace(text, paragraphStart, text.Length));
        found.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return found;
    }

    /// <summary>The outer quotations only, in text order.</summary>
    public static List<Quotation> Outer(string text)
    {
        // A quotation inside another one (a ‘scare quote’ inside a quotation that lost its opening mark) is not outer.
        var outer = new List<Quotation>();
        foreach (var q in Scan(text))
        {
            if (q.Depth != 0) continue;
            if (outer.Count > 0 && q.Start < outer[^1].End) continue;
            outer.Add(q);
        }
        return outer;
    }

    /// <summary>A quotation that lost its opening mark starts at its paragraph, or after the last quotation closed in it.</summary>
    private static int OrphanStart(string text, List<Quotation> found, int paragraphStart)
    {
        var start = paragraphStart;
        foreach (var q in found) if (q.End > start && q.Depth == 0 && q.Opened && !IsSingle(text[q.Start])) start = q.End;
        return start;
    }

    private static bool IsSingle(char c) => c is '‘' or '\'' or '‚' or '’';

    private static bool TopIs(List<Open> stack, char mark) => stack.Count > 0 && stack[^1].Mark == mark;

    private static bool IsDoubleOpener(char c) => c is '“' or '"' or '„' or '«';

    private static bool IsDoubleOpener(string text, int k) => IsDoubleOpener(text[k]) || text[k] == '\'' && k + 1 < text.Length && text[k + 1] == '\'';

    /// <summary>A mark opens when it follows a space, a bracket, a dash or another mark, and words follow it.</summary>
    private static bool OpensHere(string text, int i)
    {
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        return (char.IsWhiteSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '“' or '"' or '‘' or '«' or '„' or ':' or '/')
               && !char.IsWhiteSpace(after);
    }

    private static bool ClosesHere(string text, int i)
    {
        var after = i + 1 < text.Length ? text[i + 1] : ' ';
        var before = i == 0 ? ' ' : text[i - 1];
        return !char.IsLetterOrDigit(after) && !char.IsWhiteSpace(before);
    }

    /// <summary>A top-level single quote needs its partner in the same paragraph, so a lone "‘90s" opens nothing.</summary>
    private static bool HasClosingSingle(string text, int i)
    {
        for (var k = i + 1; k < text.Length && k < i + 400; k++)
        {
            if (text[k] == '\n') return false;
            if (text[k] is '’' or '\'' && ClosesHere(text, k)) return true;
        }
        return false;
    }

    private static bool HasWords(string text, int from, int to)
    {
        for (var k = from; k < to; k++) if (char.IsLetter(text[k])) return true;
        return false;
    }

    private static int LastNonSpace(string text, int from, int to)
    {
        var end = to;
        while (end > from && char.IsWhiteSpace(text[end - 1])) end--;
        return end;
    }

    private static void Close(List<Quotation> found, List<Open> stack, int end)
    {
        var open = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        found.Add(new Quotation(open.Start, end, stack.Count));
    }

    /// <summary>Closes the innermost double quotation, and any single one left open inside it.</summary>
    private static bool CloseDouble(List<Quotation> found, List<Open> stack, int end)
    {
        var k = stack.FindLastIndex(o => o.Double);
        if (k < 0) return false;
        while (stack.Count > k + 1)
        {
            found.Add(new Quotation(stack[^1].Start, end - 1, stack.Count - 1, Closed: false));
            stack.RemoveAt(stack.Count - 1);
        }
        Close(found, stack, end);
        return true;
    }

    private static void CloseAll(List<Quotation> found, List<Open> stack, int end)
    {
        while (stack.Count > 0)
        {
            var open = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            if (end > open.Start) found.Add(new Quotation(open.Start, end, stack.Count, Closed: false));
        }
    }
}

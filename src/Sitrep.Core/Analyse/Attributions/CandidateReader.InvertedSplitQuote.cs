namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Rule "split quote, inverted": "“She is too far behind,” said an Iowa Democrat, “and Iowa was not a decisive win.”",
/// "“This used to be Russia's back yard,” said Raffaello Pantucci, director of …, “but it is increasingly …”" — when the
/// speaker follows the verb and the sentence goes on in a second quotation that continues the first (it opens in lower
/// case), PolNeAR's content is both halves; the reader stopped at the first (train: such contents came out too short,
/// and the half-overlap bar was missed whenever the second half was the longer). The speaker-first order ("“A,” he said,
/// “B.”") is read in <see cref="ReadVerb"/>.
/// </summary>
public sealed partial class CandidateReader
{
    /// <summary>The end (exclusive word index) of the second quotation continuing the one that closes at
    /// <paramref name="close"/>, after the inverted speaker phrase ending at <paramref name="speakerEnd"/>; -1 when none.</summary>
    private static int SecondHalfAfterInvertedSpeaker(Word[] w, Unit u, int close, int speakerEnd)
    {
        if (close < 0 || w[close].Quote < 0) return -1;
        for (var k = speakerEnd; k < u.End && k < speakerEnd + 20; k++)
        {
            var x = w[k];
            if (x.IsBreak || x.Mark is '.' or ';' or ':' or '?' or '!') return -1;
            if (x.Quote >= 0)
            {
                // Only right after a comma: "…, a spokesman for the campaign, “and …”".
                if (x.Quote == w[close].Quote || w[k - 1].Mark != ',') return -1;
                var q = x.Quote;
                var firstWord = k;
                while (firstWord < u.End && w[firstWord].Quote == q && !w[firstWord].IsWord) firstWord++;
                if (firstWord >= u.End || w[firstWord].Quote != q || w[firstWord].Capitalised) return -1;
                var end = k;
                while (end < u.End && w[end].Quote == q) end++;
                return end;
            }
            // ", adding, “…”", ", speaking of …": another verb between the halves makes the second its own report.
            if (x.IsWord && (x.Lower.EndsWith("ing", StringComparison.Ordinal) || x.Lower is "and" or "but" or "who" or "which" or "when" or "as")) return -1;
        }
        return -1;
    }
}

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// What the content chooser sees of one candidate content: its kind joined with the cue's word and stem (each verb has
/// its habits: "said" takes a clause, "called for" an object, "chanting" a quotation), with what follows and precedes
/// the cue, the candidate's length, whether it is one quotation, and whether its word order gives it a source.
/// </summary>
public static class ChoiceFeatures
{
    public const int Bits = 18;

    private enum T
    {
        Kind = 1, CueWord, CueStem, CueLast, Following, Preceding, Length, HasSource, StartsQuoted, AllQuoted, CueAtEnd,
        CueFirstInUnit, NextWord, UnitOpensQuoted, Lexicon, FollowingPreceding, LengthStem, HasComma,
    }

    public static void Extract(Word[] w, Unit unit, int cueFirst, int cueEnd, ContentChoice c, CueLexicon cues, Features f)
    {
        f.Clear();
        var k = (int)c.Kind;
        var cue = w[cueFirst].Lower;
        var following = CueFeatures.Following(w, cueEnd, unit);
        var preceding = CueFeatures.Preceding(w, cueFirst, unit);
        f.Add((int)T.Kind, k);
        f.Add((int)T.CueWord, cue, k);
        f.Add((int)T.CueStem, WordForms.Stem(cue), k);
        f.Add((int)T.CueLast, w[cueEnd - 1].Lower, k);
        f.Add((int)T.Following, following, k);
        f.Add((int)T.Preceding, preceding, k);
        f.Add((int)T.FollowingPreceding * 8 + k, following, preceding);
        var length = WordForms.Bucket(c.End - c.First);
        f.Add((int)T.Length, length * 8 + k);
        f.Add((int)T.LengthStem, WordForms.Stem(cue), length * 8 + k);
        f.Add((int)T.HasSource, (c.HasSource ? 8 : 0) + k);
        f.Add((int)T.StartsQuoted, (w[c.First].Quote >= 0 ? 8 : 0) + k);
        f.Add((int)T.AllQuoted, (w[c.First].Quote >= 0 && w[c.First].Quote == w[c.End - 1].Quote ? 8 : 0) + k);
        f.Add((int)T.CueAtEnd, (c.First < cueFirst ? 8 : 0) + k);
        f.Add((int)T.CueFirstInUnit, (cueFirst == unit.First ? 8 : 0) + k);
        f.Add((int)T.NextWord, WordForms.At(w, cueEnd, unit), k);
        f.Add((int)T.UnitOpensQuoted, (w[unit.First].Quote >= 0 ? 8 : 0) + k);
        if (cues.Match(w, cueFirst, _ => true) is { } m) f.Add((int)T.Lexicon, ((int)m.Kind * 10 + m.Strength) * 8 + k);
        var comma = false;
        for (var j = c.First; j < c.End && !comma; j++) comma = w[j].Mark == ',' && w[j].Quote < 0;
        f.Add((int)T.HasComma, (comma ? 8 : 0) + k);
    }
}

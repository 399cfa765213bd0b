namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    private static readonly HashSet<string> PlaceNouns =
        ["town", "city", "village", "district", "neighbourhood", "neighborhood", "suburb", "province", "governorate", "region", "camp"];

    /// <summary>"the Turkish town of Suruc said", "the village of Jubata al-Khashab": a name after "town of", "village of"
    /// is a place, whatever follows it — a name that "said" something was read as a person, and the town was lost to
    /// the places stage (FA-KES). The gazetteer's longest name when it knows one, else the capitalised phrase. Not after a
    /// capitalised noun ("District of Columbia" is one name) nor for a known actor.</summary>
    private int? PlaceNounRule(Scan s, int i, int chunkEnd)
    {
        var tokens = s.Tokens;
        if (i < 2 || tokens[i - 1].Folded != "of" || tokens[i - 2].Has(TokenFlags.Capitalised) || !PlaceNouns.Contains(tokens[i - 2].Folded)
            || tokens[i].Has(TokenFlags.BreakBefore) || tokens[i - 1].Has(TokenFlags.BreakBefore) || LongestActor(s.Text, tokens, i).Length > 0) return null;
        var known = LongestPlace(tokens, i, chunkEnd);
        // "the town of Tal Hamis", "the town of Abu al-Duhur": a toponym head or a kunya alone ("Tal", "Abu": towns in India)
        // is no name of the whole, nor is any known start that an Arabic article continues.
        if (known > 0 && chunkEnd - i > known
            && (known == 1 && (IsToponymHead(tokens[i].Folded) || tokens[i].Folded == "abu") || Tokenizer.OpensWithArabicArticle(s.Text, tokens[i + known])))
            known = 0;
        var end = known > 0 ? i + known : chunkEnd;
        s.Mentions.Add(Place(s, i, end));
        return end;
    }
}

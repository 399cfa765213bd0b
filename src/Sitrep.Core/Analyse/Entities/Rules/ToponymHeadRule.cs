namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    /// <summary>Levantine place names open with a word for what the place was: Bab (gate), Kafr (village), Deir
    /// (monastery), Ain (spring), Jisr (bridge), Khan (inn), Maarat (cave), Beit (house), Khirbet (ruin), Qalaat (castle),
    /// Mazraat (farm), Souq (market), Marj (meadow), Bir (well), Qasr (palace).</summary>
    private static readonly HashSet<string> ToponymHeads =
    [
        "bab", "kafr", "kfar", "kafar", "deir", "dayr", "ain", "ayn", "ein", "jisr", "khan", "maarat", "maarrat", "marat", "maaret", "maarret",
        "beit", "bayt", "khirbet", "khirbat", "qalaat", "qalat", "mazraat", "souq", "suq", "marj", "bir", "qasr",
    ];

    /// <summary>Heads that are also given names or English words ("Tal Becker", "Ras Baraka", "Tell Congress"): a place
    /// only with an Arabic article after them ("Ras al-Ain") or a place preposition before ("in Tel Hamis").</summary>
    private static readonly HashSet<string> AmbiguousToponymHeads = ["tal", "tel", "tell", "tall", "ras"];

    /// <summary>
    /// "Shells hit Bab al-Nairab", "Fighting raged in Tel Hamis", "residents of Ain Tarma": a capitalised phrase that opens
    /// with a Levantine toponym head is a place even when the gazetteer does not know it. These were read as persons' names
    /// (FA-KES: 138 such "persons", some of them speakers), or the head alone was a town elsewhere ("Tal", in India).
    /// A head inside the phrase starts the next place of a list without commas ("Tal al-Mal Tal Mashara", "Kafr Takharim
    /// Khan Sheikhun"); the gazetteer's longest name, when it knows one, is each place's extent.
    /// </summary>
    private int? ToponymHeadRule(Scan s, Phrase p)
    {
        if (p.Length < 2 || p.ActorLength > 0 || !IsToponymOpening(s, p.Start)) return null;
        if (p.PlaceLength >= 2 && (p.PlaceLength == p.Length || !IsToponymHead(s.Tokens[p.Start + p.PlaceLength].Folded))) return null;
        var start = p.Start;
        while (start < p.End)
        {
            var known = LongestPlace(s.Tokens, start, p.End);
            var end = Math.Min(start + 2, p.End);
            while (end < p.End && !IsToponymHead(s.Tokens[end].Folded)) end++;
            var place = known >= 2 && known <= end - start ? Place(s, start, start + known) : Place(s, start, end) with { FromGazetteer = false };
            s.Mentions.Add(place with { PlaceCued = true });
            start = place.TokenEnd;
        }
        return p.End;
    }

    private static bool IsToponymHead(string folded) => ToponymHeads.Contains(folded) || AmbiguousToponymHeads.Contains(folded);

    private static bool IsToponymOpening(Scan s, int i)
    {
        var folded = s.Tokens[i].Folded;
        if (ToponymHeads.Contains(folded)) return true;
        return AmbiguousToponymHeads.Contains(folded) && (Tokenizer.OpensWithArabicArticle(s.Text, s.Tokens[i + 1]) || PlaceCue(s.Tokens, i));
    }
}

using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

// The evidence rules of MentionDetector: when a capitalised word is a place, a person or part of a
// longer name. Kept apart from the detection loop so each rule stays small and named.
public sealed partial class MentionDetector
{
    /// <summary>Words after a place name that make it part of a longer name: capitalised, no place
    /// themselves, not a head word ("Moscow Times" is handled by the head rule).</summary>
    private bool RestIsPlainName(Token[] tokens, int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var tk = tokens[k];
            if (!tk.Has(TokenFlags.Capitalised) || tk.Has(TokenFlags.AllCaps) || tk.Has(TokenFlags.Digit)) return false;
            // "Claude Williams", "Dalton Greenwood": a small town's name after a name is a surname; a
            // well-known place is not ("Paris Texas" aside, "Moscow Kremlin" reads as two names).
            if (StrongPlace(tk.Folded)) return false;
        }
        return true;
    }

    /// <summary>A one-word place name with little evidence: a word the same page also writes in lower
    /// case ("Hope", "Man"), or a small town's name at a sentence start, where every word is capitalised.
    /// Countries, admin regions, curated places and cities of 100,000 or more stand on their own.</summary>
    private bool WeakSingleWordPlace(string text, Token[] tokens, int i, HashSet<string> lowercaseWords)
    {
        var folded = tokens[i].Folded;
        if (StrongPlace(folded)) return false;
        if (lowercaseWords.Contains(folded)) return true;
        // "Claude could not be reached", "Harrison, 8, held a plate": a given name alone is the person.
        if (lexicons.FirstNames.Contains(Capitalise(folded))) return true;
        // "Moore's Ford", "Parker's attorney", "Valentine's Day": a small town's name is seldom a possessor.
        if (tokens[i].Has(TokenFlags.Possessive)) return true;
        // "Harrison, 8,": a name, a comma and an age.
        if (AgeFollows(text, tokens[i].End)) return true;
        if (!tokens[i].Has(TokenFlags.SentenceStart)) return false;
        // "Gymnastics: Hagerstown advances to state meet. Hagerstown advanced ...": a name the page repeats, never in lower
        // case and never as a given name, is the town even when every mention opens a sentence (LGL headlines lost it).
        // Not a compound of a common noun ("Honey-bees are ...").
        var repeats = 0;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Folded != folded) continue;
            if (k + 1 < tokens.Length && tokens[k].End < text.Length && text[tokens[k].End] is '-' or '‑' && !tokens[k + 1].Has(TokenFlags.Capitalised)) return true;
            if (k == i) continue;
            if (!tokens[k].Has(TokenFlags.SentenceStart)) return false;
            repeats++;
        }
        return repeats == 0;
    }

    private static bool AgeFollows(string text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ',' || text[end + 1] != ' ') return false;
        var k = end + 2;
        var digits = 0;
        while (k < text.Length && char.IsAsciiDigit(text[k])) { k++; digits++; }
        return digits is 1 or 2 && k < text.Length && text[k] == ',';
    }

    /// <summary>Places named inside a longer name ("Aleppo" in "Aleppo University", "Georgia" in "University
    /// of Georgia", "Texas" in "Texas Fire Service"): nested place mentions, so the map shows where the
    /// body is; the longer name keeps its own type.</summary>
    /// <param name="statesAnywhere">Past the usual positions, a country or admin region still counts (event names, below).</param>
    /// <param name="compassParts">A compass word before a state counts as its part (not inside a facility's name: "University of
    /// Southern Indiana" is the school's own name, which GeoVirus does not tag).</param>
    private void AddNestedPlaces(Scan s, int start, int end, bool allowWhole = false, bool statesOnly = false, bool anywhere = false, bool statesAnywhere = false,
        bool compassParts = true, bool citiesAfterOf = false)
    {
        var (text, tokens, mentions) = (s.Text, s.Tokens, s.Mentions);
        for (var k = start; k < end;)
        {
            if (!tokens[k].Has(TokenFlags.Capitalised) && !tokens[k].Has(TokenFlags.AllCaps)) { k++; continue; }
            // Only where a place name sits in English names: first ("Texas Fire Service") or after
            // "of"/"for"/"in" ("University of Georgia"); elsewhere a town's name is just a word ("Louisville Metro Council").
            // "Paris-Henry County Rescue Squad", "NATO-Russia Council": after a hyphen joining two names, too.
            var offPosition = !anywhere && k > start && tokens[k - 1].Folded is not ("of" or "for" or "in") && !(k == start + 1 && (tokens[start].Folded == "the" || Compass.Contains(tokens[start].Folded)))
                && !IsHyphenJoined(text, tokens, k - 1);
            // "Spina Bifida Association of Western Pennsylvania", "North East Texas Regional Water Planning Group": compass
            // words at a place's position name a part of the state or country after them, which is the place (not the town
            // of North East, Pennsylvania). A name that holds the compass word ("West Virginia", "South Sudan") is read whole.
            if (compassParts && !offPosition && CompassRun(tokens, k, end) is > 0 and var run && LongestPlace(tokens, k + run, end) is > 0 and var inner
                && LongestPlace(tokens, k, end) < run + inner
                && (StatePlace(Join(tokens, k + run, k + run + inner)) || CityModifiers.Contains(tokens[k].Folded) && StrongPlace(Join(tokens, k + run, k + run + inner))))
            {
                mentions.Add(Place(s, k + run, k + run + inner));
                k += run + inner;
                continue;
            }
            // "the Culture Department of the Armenian Embassy", "Transforming the African Public Service": a country's demonym
            // after "the" inside a name says whose body it is (GeoWebNews tags these). After another capitalised word it is
            // part of a compound ("Native American", "Percy French", "Catholic French Immersion School").
            if (offPosition && !statesAnywhere && !(tokens[k - 1].Folded == "the" && gazetteer.IsDemonym(tokens[k].Folded))) { k++; continue; }
            var len = LongestPlace(tokens, k, end);
            if (offPosition && len > 0 && !StatePlace(Join(tokens, k, k + len))) { k++; continue; }
            if (len == 0 || len == end - start && !allowWhole) { k++; continue; }
            if (allowWhole && !StatePlace(Join(tokens, k, k + len))) { k++; continue; }
            // Inside an actor's name only a state or region counts ("Russian" in "Russian Defence Ministry",
            // not "Duran" in "The Duran").
            // "Ruler of Dubai": in an unknown name, a big city after "of" is where it is, too.
            if (statesOnly && !StatePlace(Join(tokens, k, k + len))
                && !(citiesAfterOf && k > start && tokens[k - 1].Folded == "of" && WellKnownPlace(Join(tokens, k, k + len)))) { k++; continue; }
            // "Hopkinton Police Department", "Cottonport Fire Station": local bodies carry their town's name,
            // so even a small town counts here, unless the word is ordinary English.
            if (len == 1 && (IsCommon(text, tokens[k]) || !tokens[k].Has(TokenFlags.AllCaps) && s.LowercaseWords.Contains(tokens[k].Folded)))
            {
                k++;
                continue;
            }
            // "Douglas County Hospital": the county, not the town of Douglas.
            if (k + len < end - 1 && NameLexicons.RegionHeads.Contains(tokens[k + len].Folded)) len++;
            mentions.Add(Place(s, k, k + len));
            k += len;
        }
    }

    /// <summary>"United Way of Metropolitan Atlanta", "Municipal Corporation of Greater Mumbai": words for a city's wider area.</summary>
    private static readonly HashSet<string> CityModifiers = ["greater", "metropolitan", "metro"];

    /// <summary>How many capitalised compass words ("North East", "Western") or words of a city's wider area ("Metropolitan")
    /// start at <paramref name="k"/>, before the end.</summary>
    private static int CompassRun(Token[] tokens, int k, int end)
    {
        var run = 0;
        while (k + run < end - 1 && (Compass.Contains(tokens[k + run].Folded) || CityModifiers.Contains(tokens[k + run].Folded))
               && !tokens[k + run + 1].Has(TokenFlags.BreakBefore)) run++;
        return run;
    }

    private static readonly HashSet<string> PlacePrepositions = ["in", "near", "from", "outside", "into", "across", "towards", "toward", "around", "throughout", "via"];

    /// <summary>"in Nelson", "Steven Sachs of Alexandria": a preposition of place right before the name.</summary>
    private static bool PlaceCue(Token[] tokens, int i)
    {
        if (i == 0 || tokens[i].Has(TokenFlags.BreakBefore) && !tokens[i].Has(TokenFlags.SentenceStart)) return false;
        var prev = tokens[i - 1];
        if (PlacePrepositions.Contains(prev.Folded)) return true;
        // "of X" after a person's name: "James Tauber of Nelson".
        return prev.Folded == "of" && i >= 2 && tokens[i - 2].Has(TokenFlags.Capitalised) && !tokens[i - 2].Has(TokenFlags.SentenceStart);
    }

    /// <summary>Lower-case words of local news that follow a town's name: "Nelson residents", "an Independence teenager",
    /// "the Lindsay area", "Greer's city limits", "Hounslow's lead member".</summary>
    private static readonly HashSet<string> LocalNouns =
    [
        "resident", "residents", "area", "man", "woman", "men", "women", "teen", "teens", "teenager", "teenagers", "boy", "girl",
        "native", "natives", "police", "officials", "city", "township", "mayor", "aldermen", "selectmen", "councillor", "councillors",
        "councilman", "councilwoman", "neighborhood", "neighbourhood", "downtown", "couple", "streets", "ward", "lead", "main",
        "economy", "population", "voters", "homeowners", "landlord", "firefighters", "officers",
    ];

    /// <summary>
    /// A one-word town's name followed, without a break, by a word of local news ("Nelson residents", "DeKalb residents",
    /// "Greer's city limits"): the name is the place even when it is also a given name or written possessive, which
    /// otherwise make a lone small town too weak to keep (GeoWebNews lost Nelson, LGL DeKalb, Greer and Lindsay).
    /// </summary>
    private static bool LocalNounAfter(Token[] tokens, int i) =>
        i + 1 < tokens.Length && tokens[i + 1] is var next && !next.Has(TokenFlags.BreakBefore) && !next.Has(TokenFlags.Capitalised)
        && !next.Has(TokenFlags.AllCaps) && LocalNouns.Contains(next.Folded);

    private static bool StartsLine(string text, Token t)
    {
        for (var k = t.Start - 1; k >= 0; k--)
        {
            if (text[k] == '\n') return true;
            if (!char.IsWhiteSpace(text[k])) return false;
        }
        return true;
    }

    private static readonly HashSet<string> SpeechVerbs = ["said", "says", "told", "added", "explained", "noted", "asked", "stated", "wrote", "recalled", "believes", "thinks",
        "writes", "explains", "argued", "argues", "insisted", "stressed", "warned", "claimed"];

    /// <summary>"Nelson said", "according to Nelson"; not "from Botley, said" (a comma between: the speaker is further back).</summary>
    private static bool SpeechFollows(string text, Token[] tokens, int i) =>
        i + 1 < tokens.Length && SpeechVerbs.Contains(tokens[i + 1].Folded) && !tokens[i + 1].Has(TokenFlags.Capitalised) && !tokens[i + 1].Has(TokenFlags.BreakBefore)
        || i >= 2 && tokens[i - 1].Folded is "to" && tokens[i - 2].Folded == "according"
        // "[Army Colonel Ryan] Dillon was quoted as saying" (seed 002 pinned Dillon, South Carolina).
        || i + 2 < tokens.Length && tokens[i + 1].Folded is "was" or "is" && tokens[i + 2].Folded is "quoted" or "cited" && !tokens[i + 1].Has(TokenFlags.BreakBefore)
        // "..., said Smith.": a speech verb, then the name closing the clause.
        || i >= 1 && tokens[i - 1].Folded is "said" or "says" or "added" or "explained" && !tokens[i].Has(TokenFlags.BreakBefore)
           && (i + 1 >= tokens.Length || tokens[i + 1].Has(TokenFlags.BreakBefore));

    /// <summary>A country, an admin region or a curated place: what the name of an office or an actor refers to.</summary>
    private bool StatePlace(string folded)
    {
        foreach (var idx in gazetteer.ByFoldedName(folded))
        {
            var p = gazetteer[idx];
            if (p.FeatureClass == 'A' || p.Curated) return true;
        }
        return false;
    }

    /// <summary>A name that stands for a place on its own: a country, an admin region, a curated place or a city of 100,000 or more.</summary>
    public bool StrongPlace(string folded)
    {
        foreach (var idx in gazetteer.ByFoldedName(folded))
        {
            var p = gazetteer[idx];
            if (p.Curated || p.FeatureClass == 'A' || p.Population >= 100_000) return true;
        }
        return false;
    }

    private static HashSet<string> LowercaseWordsOf(Token[] tokens)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tokens)
            if (!t.Has(TokenFlags.Capitalised) && !t.Has(TokenFlags.AllCaps)) set.Add(t.Folded);
        return set;
    }
}

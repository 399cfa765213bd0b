using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

// The lookups the rules of MentionDetector share: where a capitalised phrase ends, the longest actor
// alias and place name starting at a word, and how a mention is made.
public sealed partial class MentionDetector
{
    private const int MaxPlaceTokens = 5;

    /// <summary>The end of the capitalised phrase starting at <paramref name="i"/>: capitalised words,
    /// with connectors ("of", "al", "de") inside, no punctuation between, stopping after a possessive.</summary>
    private int ChunkEnd(Scan s, int i)
    {
        var tokens = s.Tokens;
        var end = i + 1;
        if (tokens[i].Has(TokenFlags.Possessive)) return end;
        var k = i + 1;
        while (k < tokens.Length && !tokens[k].Has(TokenFlags.BreakBefore))
        {
            var tk = tokens[k];
            if (tk.Has(TokenFlags.Capitalised) || tk.Has(TokenFlags.AllCaps) && !tk.Has(TokenFlags.Digit) || tk.Has(TokenFlags.Digit) && tk.Folded.Length <= 3 && tokens[k - 1].Has(TokenFlags.Capitalised))
            {
                end = k + 1;
                if (tk.Has(TokenFlags.Possessive)) break;
                k++;
                continue;
            }
            if (NameLexicons.Connectors.Contains(tk.Folded) && k + 1 < tokens.Length && !tokens[k + 1].Has(TokenFlags.BreakBefore)
                && (tokens[k + 1].Has(TokenFlags.Capitalised) || NameLexicons.Connectors.Contains(tokens[k + 1].Folded)))
            {
                if (PersonOfPlace(s, i, k)) return k;
                // "Madison County for Chesnut's home": "for" joins only a body's name ("Centers for Disease
                // Control", "Institute for Policy Studies"), whose head comes before it.
                if (tk.Folded == "for" && RightmostHead(tokens, i, k).Type is null or "REGION" && !ForHeads.Contains(tokens[k - 1].Folded)) return end;
                k++;
                continue;
            }
            break;
        }
        return BodyInside(s, i, end) ?? end;
    }

    /// <summary>No word of [<paramref name="from"/>, <paramref name="to"/>) names a city of 100,000 or more, a region or a
    /// country: initials after a headline's places ("Syrias Aleppo Monitor AFP") close no person's name, while a surname
    /// that a small town shares ("Ole Solvang HRW") does.</summary>
    private bool NoPlaceIn(Token[] tokens, int from, int to)
    {
        for (var j = from; j < to; j++)
            if (gazetteer.NamesPlaceOf(tokens[j].Folded, 100_000)) return false;
        return true;
    }

    /// <summary>"Kenneth Roth Human Rights Watch executive director", "said Ole Solvang HRW deputy emergencies director": on a
    /// page stripped of its commas a person's name runs into a body's. The run ends where an organisation or armed group
    /// of the knowledge base (two words or more, or its initials) starts, two words or more into it, unless a longer known
    /// name from before covers that word ("Free Syrian Army" holds "Syrian Army").</summary>
    private int? BodyInside(Scan s, int i, int end)
    {
        if (end - i < 3) return null;
        var covered = i;
        for (var k = i; k < end; k++)
        {
            var (len, actor) = LongestActor(s.Text, s.Tokens, k);
            if (k >= i + 2 && k >= covered && (len >= 2 || len == 1 && s.Tokens[k].Has(TokenFlags.AllCaps) && NoPlaceIn(s.Tokens, i, k))
                && k + len <= end && actor is { Type: "ORG" or "GROUP" }) return k;
            covered = Math.Max(covered, k + len);
        }
        return null;
    }

    /// <summary>Words of bodies' names that "for" continues ("Centers for Disease Control", "Institute for Policy Studies").</summary>
    private static readonly HashSet<string> ForHeads =
    [
        "center", "centers", "centre", "centres", "institute", "society", "commission", "association", "foundation", "coalition",
        "alliance", "campaign", "fund", "organization", "organisation", "network", "partnership", "league", "school", "academy",
        "college", "citizens", "americans", "friends", "advocates", "doctors", "physicians", "reporters", "fighters",
    ];

    /// <summary>"David Arvin of Irvine", "Janet Evans of Marion, Ohio": a person's name, "of", then a place is
    /// where the person lives, not one long name. Not an office or a body ("Bank of America", "Ministry of
    /// Defence": their heads are no person's name) and not a name the knowledge base knows as a whole.</summary>
    private bool PersonOfPlace(Scan s, int i, int connector)
    {
        var tokens = s.Tokens;
        if (tokens[connector].Folded != "of" || connector + 1 >= tokens.Length) return false;
        if (!LooksLikePersonName(s.Text, tokens, i, connector) || RightmostHead(tokens, i, connector).Type is not null) return false;
        if (kb.MaxTokensStartingWith(FirstWord(tokens[i].Folded)) > connector - i) return false;
        // "Bill Graves of the Ohio Department of Development", "Jeff Goodwin of the Paris Police Department": a
        // person "of the" a named body works there; read as one long name, the body's town or state was lost.
        if (tokens[connector + 1].Folded == "the")
            return connector + 2 < tokens.Length && tokens[connector + 2].Has(TokenFlags.Capitalised) && !tokens[connector + 2].Has(TokenFlags.BreakBefore);
        return LongestPlace(tokens, connector + 1, Math.Min(tokens.Length, connector + 1 + MaxPlaceTokens)) > 0;
    }

    private (int Length, Actor? Actor) LongestActor(string text, Token[] tokens, int i)
    {
        var max = Math.Min(Math.Max(1, kb.MaxTokensStartingWith(FirstWord(tokens[i].Folded))), tokens.Length - i);
        for (var len = max; len >= 1; len--)
        {
            if (!Joinable(tokens, i, i + len, allowPossessive: true)) continue;
            Actor? actor;
            // "SDF", "IS": initials of up to five letters match as written; a longer name in capitals ("UNICEF", "CENTCOM")
            // is no initialism the knowledge base keeps apart, so it matches as a name (it was found nowhere); not a place
            // name in capitals ("WASHINGTON (AP) —" is the city, not the US government).
            if (len == 1 && tokens[i].Has(TokenFlags.AllCaps))
                actor = kb.FindAcronym(text[tokens[i].Start..tokens[i].CoreEnd])
                        ?? (ActorKnowledgeBase.IsAcronym(text[tokens[i].Start..tokens[i].CoreEnd]) || gazetteer.ContainsFolded(tokens[i].Folded) ? null : kb.FindFolded(tokens[i].Folded));
            else
                actor = kb.FindFolded(Join(tokens, i, i + len));
            if (actor is not null) return (len, actor);
        }
        return (0, null);
    }

    private int LongestPlace(Token[] tokens, int i, int chunkEnd)
    {
        var exactMax = Math.Min(Math.Min(MaxPlaceTokens, chunkEnd - i), gazetteer.MaxTokensStartingWith(FirstWord(tokens[i].Folded)));
        // A leading Arabic article ("al", "ar") is dropped by the key, so the key's first word is the next one.
        var keyMax = 0;
        if (tokens[i].Folded.Length >= 2)
        {
            keyMax = NameLexicons.Connectors.Contains(tokens[i].Folded)
                ? (i + 1 < chunkEnd ? gazetteer.MaxKeyTokensStartingWith(FirstWord(NameKeys.Key(tokens[i + 1].Folded))) + 1 : 0)
                : gazetteer.MaxKeyTokensStartingWith(FirstWord(NameKeys.Key(tokens[i].Folded)));
            keyMax = Math.Min(Math.Min(MaxPlaceTokens, chunkEnd - i), keyMax);
        }
        var max = Math.Max(exactMax, keyMax);
        for (var len = max; len >= 1; len--)
        {
            if (!tokens[i + len - 1].Has(TokenFlags.Capitalised) && !tokens[i + len - 1].Has(TokenFlags.AllCaps)) continue;
            var folded = Join(tokens, i, i + len);
            // "Aleppo province", "Idlib countryside": a lower-case region word the curated table names.
            if (len <= exactMax && i + len < tokens.Length && !tokens[i + len].Has(TokenFlags.BreakBefore) && NameLexicons.RegionHeads.Contains(tokens[i + len].Folded)
                && gazetteer.ContainsFolded(folded + " " + tokens[i + len].Folded))
                return len + 1;
            if (len <= exactMax && gazetteer.ContainsFolded(folded)) return len;
            if (len <= keyMax && folded.Length >= 5 && HasSpellingMatch(folded) && !(len == 1 && AfterOfInsideAName(tokens, i))) return len;
        }
        return 0;
    }

    /// <summary>
    /// "March of Dimes", "Council of Europe", "Sons of Liberty": a word after "of" that follows a capitalised word
    /// ends a body's or an event's name. Read by its loose transliteration key alone, one word there is an English
    /// word that merely shares a skeleton with a curated spelling (LGL: "March of Dimes" pinned at Damascus, whose
    /// listed spelling "Damas" has the key of "Dimes", six times in one story). An exact name there still counts.
    /// </summary>
    private static bool AfterOfInsideAName(Token[] tokens, int i) =>
        i >= 2 && tokens[i - 1].Folded == "of" && !tokens[i - 1].Has(TokenFlags.BreakBefore) && !tokens[i].Has(TokenFlags.BreakBefore)
        && (tokens[i - 2].Has(TokenFlags.Capitalised) || tokens[i - 2].Has(TokenFlags.AllCaps));

    /// <summary>The loose transliteration key is trusted only for places a reader would expect to be
    /// spelled many ways: curated names, countries, admin regions and towns of 20,000 or more.</summary>
    private bool HasSpellingMatch(string folded)
    {
        var multiword = folded.Contains(' ');
        foreach (var idx in gazetteer.BySpellingKey(folded))
            if (gazetteer.TrustedForSpellingMatch(idx, multiword)) return true;
        return false;
    }

    private bool PersonContext(Token[] tokens, int i, int chunkEnd, int placeLen)
    {
        // "the deputy Russian foreign minister": a demonym is nobody's name.
        if (chunkEnd - i == placeLen && gazetteer.IsDemonym(Join(tokens, i, chunkEnd))) return false;
        if (i > 0 && !tokens[i].Has(TokenFlags.BreakBefore) && IsCue(tokens[i - 1].Folded) && !AdjectiveInLowerCase(tokens[i - 1])) return true;
        if (chunkEnd - i > placeLen && lexicons.FirstNames.Contains(Capitalise(tokens[i].Folded))) return true;
        return false;
    }

    /// <summary>Ranks and roles that are ordinary adjectives in lower case: "the major European countries", "the general
    /// Dutch public", "a private Italian firm" are no titles (GeoWebNews lost "European" to a "person").</summary>
    private static readonly HashSet<string> AdjectiveCues = ["major", "general", "private"];

    private static bool AdjectiveInLowerCase(Token t) =>
        !t.Has(TokenFlags.Capitalised) && !t.Has(TokenFlags.AllCaps) && AdjectiveCues.Contains(t.Folded);

    private bool LooksLikePersonName(string text, Token[] tokens, int i, int chunkEnd)
    {
        var n = chunkEnd - i;
        if (lexicons.FirstNames.Contains(Capitalise(tokens[i].Folded))) return true;
        if (n is < 2 or > 3) return false;
        for (var k = i; k < chunkEnd; k++)
        {
            var tk = tokens[k];
            if (!tk.Has(TokenFlags.Capitalised) || tk.Has(TokenFlags.AllCaps) || tk.Has(TokenFlags.Digit)) return false;
            if (lexicons.CommonWords.Contains(text[tk.Start..tk.CoreEnd])) return false;
            // "Air Zimbabwe", "Taco Bell Canada", "Sub-Saharan Africa": no one's surname is a country, a state, a continent
            // or a region.
            if (k > i && CountryOrState(tk.Folded)) return false;
        }
        // "Epicurean Santa Barbara", "Historic Fort Worth": a surname of two words that make a place's name is rare; an
        // unknown word before such a place qualifies it (a given name opening the phrase was taken above). Not a surname
        // with a particle, which is often a town's name too ("Raynola St. Clair", "Anna Van Buren").
        if (n == 3 && !SurnameParticles.Contains(tokens[i + 1].Folded) && LongestPlace(tokens, i + 1, chunkEnd) == 2) return false;
        return true;
    }

    private static readonly HashSet<string> SurnameParticles = ["st", "saint", "ste", "de", "la", "le", "van", "von", "del", "mc", "mac", "o", "san", "da", "di", "du"];

    private bool CountryOrState(string folded)
    {
        foreach (var idx in gazetteer.ByFoldedName(folded))
            if (gazetteer[idx] is var p && (p.FeatureClass == 'A' && (p.IsCountry || p.IsAdmin1) || p.FeatureClass == 'L' && p.FeatureCode is "CONT" or "RGN"))
                return true;
        return false;
    }

    private bool IsCommon(string text, Token t) =>
        lexicons.CommonWords.Contains(text[t.Start..t.CoreEnd]) || t.Folded.Length < 2
        || NameLexicons.OrgHeads.Contains(t.Folded) || NameLexicons.FacilityHeads.Contains(t.Folded) || NameLexicons.GroupHeads.Contains(t.Folded);

    private Mention Person(string text, Token[] tokens, int start, int end)
    {
        var (kbLen, actor) = LongestActor(text, tokens, start);
        if (actor is not null && kbLen == end - start && actor.Type == "PERSON")
            return Make(text, tokens, start, end, "PERSON", actor.Canonical, actor.Kb);
        return Make(text, tokens, start, end, "PERSON", SurfaceOf(text, tokens, start, end), null);
    }

    /// <summary>A place the gazetteer knows, tokens [<paramref name="start"/>, <paramref name="end"/>) of the scan, named as written.</summary>
    private static Mention Place(Scan s, int start, int end) =>
        Make(s.Text, s.Tokens, start, end, "GPE", SurfaceOf(s.Text, s.Tokens, start, end), null, fromGazetteer: true);

    private static Mention Make(string text, Token[] tokens, int start, int end, string type, string canonical, string? kbId, bool fromGazetteer = false)
    {
        var span = new TextSpan(tokens[start].Start, tokens[end - 1].CoreEnd);
        return new Mention(span, span.Of(text), type, canonical, kbId, start, end, fromGazetteer, tokens[start].Has(TokenFlags.SentenceStart));
    }

    private static string SurfaceOf(string text, Token[] tokens, int start, int end) =>
        text[tokens[start].Start..tokens[end - 1].CoreEnd];

    private static string Capitalise(string folded) => folded.Length == 0 ? folded : char.ToUpperInvariant(folded[0]) + folded[1..];

    /// <summary>Words may form one phrase when no punctuation separates them and only the last is possessive.</summary>
    private static bool Joinable(Token[] tokens, int start, int end, bool allowPossessive = false)
    {
        for (var k = start; k < end; k++)
        {
            if (k > start && tokens[k].Has(TokenFlags.BreakBefore)) return false;
            if (!allowPossessive && k < end - 1 && tokens[k].Has(TokenFlags.Possessive)) return false;
        }
        return true;
    }

    /// <summary>A token's folded form may hold several words ("ez-Zor" → "ez zor"); tables are keyed by the first.</summary>
    private static string FirstWord(string folded)
    {
        var space = folded.IndexOf(' ');
        return space < 0 ? folded : folded[..space];
    }

    private static string Join(Token[] tokens, int start, int end)
    {
        if (end - start == 1) return tokens[start].Folded;
        var length = end - start - 1;
        for (var k = start; k < end; k++) length += tokens[k].Folded.Length;
        return string.Create(length, (tokens, start, end), static (span, state) =>
        {
            var pos = 0;
            for (var k = state.start; k < state.end; k++)
            {
                if (k > state.start) span[pos++] = ' ';
                state.tokens[k].Folded.AsSpan().CopyTo(span[pos..]);
                pos += state.tokens[k].Folded.Length;
            }
        });
    }
}

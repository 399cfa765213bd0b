using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

/// <summary>
/// Finds names without a trained model. At every capitalised word it tries, in order:
///   1. a person cue ("Foreign Minister", "Lt. Gen.", "spokesman"): the capitalised words after it are a PERSON;
///   2. the actor knowledge base (longest alias) and the gazetteer (longest place name);
///   3. the head of the capitalised phrase: a phrase ending in an organisation, group or facility head
///      is one ORG/GROUP/FAC name even when it starts with a place ("Aleppo University" is a FAC, "Palmyra
///      Front" a GROUP), because Mordecai-style geoparsers lose most points on exactly those nested names;
///   4. a given name at the start of a two- or three-word phrase: a PERSON.
/// Lone capitalised words that are ordinary English ("However", "Police") are never names by themselves.
/// </summary>
public sealed partial class MentionDetector(ActorKnowledgeBase kb, Gazetteer gazetteer, NameLexicons lexicons)
{
    private const int MaxPlaceTokens = 5;
    private const int MaxCueTokens = 3;
    private static readonly HashSet<string> Compass =
        ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
         "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower"];

    public List<Mention> Detect(string text, Token[] tokens)
    {
        var mentions = new List<Mention>();
        HashSet<string>? lowercaseWords = null;
        var i = 0;
        while (i < tokens.Length)
        {
            var t = tokens[i];
            if (!t.Has(TokenFlags.Capitalised) && !t.Has(TokenFlags.AllCaps) || t.Has(TokenFlags.Digit) && !t.Has(TokenFlags.Capitalised))
            {
                i++;
                continue;
            }
            var chunkEnd = ChunkEnd(tokens, i);

            // 1. Person cue, then a name: "Foreign Minister Sergey Lavrov", "Lt. Gen. Rudskoy".
            var cue = CueLength(tokens, i, chunkEnd);
            if (cue > 0)
            {
                var role = RoleActor(tokens, i, cue);
                // "U.S. Attorney", "Russian Foreign Minister": the country of the office is named.
                if (cue > 1) AddNestedPlaces(text, tokens, i, i + 1, mentions, ref lowercaseWords, allowWhole: true);
                if (i + cue < chunkEnd)
                {
                    mentions.Add(Person(text, tokens, i + cue, chunkEnd));
                    i = chunkEnd;
                    continue;
                }
                if (role is not null && (i == 0 || !IsCue(tokens[i - 1].Folded)))
                    mentions.Add(Make(text, tokens, i, i + cue, "PERSON", role.Canonical, role.Kb));
                i += cue;
                continue;
            }

            // "North Texas", "Northeast Georgia", "eastern Syria": a compass word before a place.
            if (Compass.Contains(t.Folded) && chunkEnd - i >= 2 && LongestPlace(tokens, i, chunkEnd) < chunkEnd - i    // not "South Africa"
                && LongestActor(text, tokens, i).Length == 0)
            {
                var innerLen = LongestPlace(tokens, i + 1, chunkEnd);
                if (innerLen > 0 && innerLen == chunkEnd - i - 1)
                {
                    mentions.Add(Make(text, tokens, i + 1, chunkEnd, "GPE", SurfaceOf(text, tokens, i + 1, chunkEnd), null, fromGazetteer: true));
                    i = chunkEnd;
                    continue;
                }
            }

            // 2. Lexicons.
            var (kbLen, actor) = LongestActor(text, tokens, i);
            var placeLen = LongestPlace(tokens, i, chunkEnd);
            var lexLen = Math.Max(kbLen, placeLen);

            // "The Islamic State", "Fighters of the Palmyra Front": a sentence's first word that no lexicon
            // knows is not the start of the name that follows it.
            if (lexLen == 0 && chunkEnd - i >= 2 && (IsCommon(text, t) || t.Has(TokenFlags.SentenceStart) && NameLexicons.Connectors.Contains(tokens[i + 1].Folded)))
            {
                i++;
                continue;
            }

            // 3. A head word after the lexicon match makes the whole phrase one name of the head's type.
            var (headType, headAt) = RightmostHead(tokens, i, chunkEnd);
            if (headType is not null && headAt >= i + lexLen && chunkEnd - i >= 2)
            {
                if (headType == "REGION")
                {
                    mentions.Add(Make(text, tokens, i, headAt + 1, "GPE", SurfaceOf(text, tokens, i, headAt + 1), null, fromGazetteer: true));
                    i = headAt + 1;
                    continue;
                }
                // "Jabhat al-Nusra Front", "Al-Qaeda-linked Al-Nusra Front": a known actor plus a head word,
                // or a known actor after a modifier, is still that actor.
                if (actor is not null && kbLen > 0 && actor.Type is "GROUP" or "ORG")
                {
                    mentions.Add(Make(text, tokens, i, chunkEnd, actor.Type, actor.Canonical, actor.Kb));
                    i = chunkEnd;
                    continue;
                }
                var tail = KnownTail(text, tokens, i, chunkEnd);
                if (tail is { } known)
                {
                    mentions.Add(Make(text, tokens, known.Start, chunkEnd, known.Actor.Type, known.Actor.Canonical, known.Actor.Kb));
                    i = chunkEnd;
                    continue;
                }
                mentions.Add(Make(text, tokens, i, chunkEnd, headType, SurfaceOf(text, tokens, i, chunkEnd), null));
                if (headType is not "LOC") AddNestedPlaces(text, tokens, i, chunkEnd, mentions, ref lowercaseWords);
                i = chunkEnd;
                continue;
            }

            // "North Texas", "Northeast Georgia", "eastern Syria": a compass word before a place.
            if (lexLen == 0 && chunkEnd - i >= 2 && Compass.Contains(t.Folded))
            {
                var innerLen = LongestPlace(tokens, i + 1, chunkEnd);
                if (innerLen > 0 && innerLen == chunkEnd - i - 1)
                {
                    mentions.Add(Make(text, tokens, i + 1, chunkEnd, "GPE", SurfaceOf(text, tokens, i + 1, chunkEnd), null, fromGazetteer: true));
                    i = chunkEnd;
                    continue;
                }
            }

            if (actor is not null && kbLen >= placeLen)
            {
                var isPlace = actor.Type is "GPE" or "LOC" or "FAC";
                mentions.Add(Make(text, tokens, i, i + kbLen, actor.Type, actor.Canonical, actor.Kb, fromGazetteer: isPlace));
                // "Russian troops", "Syrian Arab Army": the country word of an actor's name is a place modifier.
                if (!isPlace && kbLen > 1 && actor.Type != "PERSON") AddNestedPlaces(text, tokens, i, i + kbLen, mentions, ref lowercaseWords, statesOnly: true);
                i += kbLen;
                continue;
            }

            if (placeLen > 0 && placeLen < chunkEnd - i && RestIsPlainName(tokens, i + placeLen, chunkEnd))
            {
                // "Paris Hilton", "Gordon Brown": a place name followed by capitalised words that are no
                // place is the first word of a longer name, not a place.
                if (LooksLikePersonName(text, tokens, i, chunkEnd) && !(StrongPlace(tokens[i].Folded) && !lexicons.FirstNames.Contains(Capitalise(tokens[i].Folded))))
                    mentions.Add(Person(text, tokens, i, chunkEnd));
                else
                {
                    // "Texas Rangers": a name that starts with a well-known place still names the place.
                    mentions.Add(Make(text, tokens, i, chunkEnd, "OTHER", SurfaceOf(text, tokens, i, chunkEnd), null));
                    AddNestedPlaces(text, tokens, i, chunkEnd, mentions, ref lowercaseWords);
                }
                i = chunkEnd;
                continue;
            }

            // "Nelson said": a one-word name that speaks is a person unless it is a well-known place ("Moscow said").
            if (placeLen == 1 && chunkEnd - i == 1 && kbLen == 0 && SpeechFollows(text, tokens, i) && !StrongPlace(t.Folded))
            {
                mentions.Add(Make(text, tokens, i, i + 1, "PERSON", SurfaceOf(text, tokens, i, i + 1), null));
                i++;
                continue;
            }

            // "AFP PHOTO / POOL": a word in capitals is a place only if well known or opening a line (a dateline, "MANSFIELD --").
            if (placeLen == 1 && t.Has(TokenFlags.AllCaps) && kbLen == 0 && !StrongPlace(t.Folded) && !StartsLine(text, t)
                && !(t.End < text.Length && text[t.End] == ','))
            {
                i++;
                continue;
            }

            if (placeLen > 0)
            {
                var single = placeLen == 1;
                var cued = PlaceCue(tokens, i);
                if (single && (IsCommon(text, t) || !cued && WeakSingleWordPlace(tokens, i, lowercaseWords ??= LowercaseWords(tokens)))
                    || PersonContext(tokens, i, chunkEnd, placeLen))
                {
                    if (!single || chunkEnd - i > 1)
                    {
                        mentions.Add(Person(text, tokens, i, chunkEnd));
                        i = chunkEnd;
                    }
                    else i++;
                    continue;
                }
                mentions.Add(Make(text, tokens, i, i + placeLen, "GPE", SurfaceOf(text, tokens, i, i + placeLen), null, fromGazetteer: true) with { PlaceCued = cued });
                i += placeLen;
                continue;
            }

            // 4. Unknown capitalised phrase.
            if (chunkEnd - i == 1)
            {
                if (!IsCommon(text, t))
                    mentions.Add(Make(text, tokens, i, i + 1, "OTHER", SurfaceOf(text, tokens, i, i + 1), null));
                i++;
                continue;
            }
            if (t.Has(TokenFlags.SentenceStart) && IsCommon(text, t))
            {
                i++;
                continue;
            }
            if (LooksLikePersonName(text, tokens, i, chunkEnd))
                mentions.Add(Person(text, tokens, i, chunkEnd));
            else
                mentions.Add(Make(text, tokens, i, chunkEnd, "OTHER", SurfaceOf(text, tokens, i, chunkEnd), null));
            i = chunkEnd;
        }
        return mentions;
    }

    /// <summary>The end of the capitalised phrase starting at <paramref name="i"/>: capitalised words,
    /// with connectors ("of", "al", "de") inside, no punctuation between, stopping after a possessive.</summary>
    private static int ChunkEnd(Token[] tokens, int i)
    {
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
                k++;
                continue;
            }
            break;
        }
        return end;
    }

    private (int Start, Actor Actor)? KnownTail(string text, Token[] tokens, int i, int chunkEnd)
    {
        for (var j = i + 1; j < chunkEnd; j++)
        {
            var (len, actor) = LongestActor(text, tokens, j);
            if (actor is not null && j + len == chunkEnd) return (j, actor);
        }
        return null;
    }

    private bool IsCue(string folded) => lexicons.PersonCues.Contains(folded);

    /// <summary>Cue words at the start of a phrase: "Foreign Minister", "Lt. Gen.", "President".
    /// A nationality or organisation word may come first ("Russian Foreign Minister", "Pentagon spokesman").</summary>
    private int CueLength(Token[] tokens, int i, int chunkEnd)
    {
        var best = 0;
        for (var len = 1; len <= MaxCueTokens && i + len <= chunkEnd; len++)
        {
            if (lexicons.PersonCues.Contains(Join(tokens, i, i + len)) || len > 1 && kb.FindRole(Join(tokens, i, i + len)) is not null) best = len;
            else if (len > 1 && best == 0 && i + len <= chunkEnd && lexicons.PersonCues.Contains(Join(tokens, i + 1, i + len))
                     && lexicons.CommonWords.Contains(Capitalise(tokens[i].Folded))) best = len;
        }
        // Extend over following cue words ("President Vladimir" is not a cue, "Deputy Foreign Minister" is).
        while (best > 0 && i + best < chunkEnd && IsCue(tokens[i + best].Folded)) best++;
        return best;
    }

    private Actor? RoleActor(Token[] tokens, int i, int len)
    {
        for (var start = i; start < i + len; start++)
            if (kb.FindRole(Join(tokens, start, i + len)) is { } actor) return actor;
        return null;
    }

    private static string Capitalise(string folded) => folded.Length == 0 ? folded : char.ToUpperInvariant(folded[0]) + folded[1..];

    private (int Length, Actor? Actor) LongestActor(string text, Token[] tokens, int i)
    {
        var max = Math.Min(Math.Max(1, kb.MaxTokensStartingWith(FirstWord(tokens[i].Folded))), tokens.Length - i);
        for (var len = max; len >= 1; len--)
        {
            if (!Joinable(tokens, i, i + len, allowPossessive: true)) continue;
            Actor? actor;
            if (len == 1 && tokens[i].Has(TokenFlags.AllCaps))
                actor = kb.FindAcronym(text[tokens[i].Start..tokens[i].CoreEnd]);
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
            if (len <= keyMax && folded.Length >= 5 && HasSpellingMatch(folded)) return len;
        }
        return 0;
    }

    /// <summary>The loose transliteration key is trusted only for places a reader would expect to be
    /// spelled many ways: curated names, countries, admin regions and towns of 20,000 or more.</summary>
    private bool HasSpellingMatch(string folded)
    {
        var multiword = folded.Contains(' ');
        foreach (var idx in gazetteer.BySpellingKey(folded))
            if (gazetteer.TrustedForSpellingMatch(idx, multiword)) return true;
        return false;
    }

    private static (string? Type, int At) RightmostHead(Token[] tokens, int i, int chunkEnd)
    {
        for (var k = chunkEnd - 1; k >= i; k--)
        {
            var f = tokens[k].Folded;
            if (NameLexicons.GroupHeads.Contains(f)) return ("GROUP", k);
            if (NameLexicons.EventHeads.Contains(f)) return ("EVENT", k);
            if (NameLexicons.FacilityHeads.Contains(f)) return ("FAC", k);
            if (NameLexicons.OrgHeads.Contains(f)) return ("ORG", k);
            if (NameLexicons.FeatureHeads.Contains(f) && k > i) return ("LOC", k);
        }
        // "Avoyelles Parish Sheriff": the region ends at its head word, whatever follows.
        for (var k = i + 1; k < chunkEnd; k++)
            if (NameLexicons.RegionHeads.Contains(tokens[k].Folded)) return ("REGION", k);
        return (null, -1);
    }


    private bool PersonContext(Token[] tokens, int i, int chunkEnd, int placeLen)
    {
        if (i > 0 && !tokens[i].Has(TokenFlags.BreakBefore) && IsCue(tokens[i - 1].Folded)) return true;
        if (chunkEnd - i > placeLen && lexicons.FirstNames.Contains(Capitalise(tokens[i].Folded))) return true;
        return false;
    }

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
        }
        return true;
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

    private static Mention Make(string text, Token[] tokens, int start, int end, string type, string canonical, string? kbId, bool fromGazetteer = false)
    {
        var span = new TextSpan(tokens[start].Start, tokens[end - 1].CoreEnd);
        return new Mention(span, span.Of(text), type, canonical, kbId, start, end, fromGazetteer, tokens[start].Has(TokenFlags.SentenceStart));
    }

    private static string SurfaceOf(string text, Token[] tokens, int start, int end) =>
        text[tokens[start].Start..tokens[end - 1].CoreEnd];

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

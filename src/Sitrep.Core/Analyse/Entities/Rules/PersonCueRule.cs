using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    private const int MaxCueTokens = 3;

    /// <summary>
    /// A person cue, then a name: "Foreign Minister Sergey Lavrov", "Lt. Gen. Rudskoy". A cue with no name
    /// after it is the person itself when the knowledge base knows the role ("the Russian Foreign Minister").
    /// "U.S. Attorney", "Russian Foreign Minister": the country of the office is a nested place.
    /// </summary>
    private int? PersonCueRule(Scan s, int i, int chunkEnd)
    {
        var tokens = s.Tokens;
        var cue = CueLength(tokens, i, chunkEnd);
        if (cue == 0) return BodyThenCueRule(s, i, chunkEnd);
        // "Prince Edward Island", "Queen Anne's County": a title that opens a region's name of two more words is the
        // region's first word, not a cue (GeoVirus typed both PERSON). Two more words at least: "King George" stays a person.
        var placeLength = LongestPlace(tokens, i, chunkEnd);
        // "DR Congo": a whole phrase naming a country or a state is that place, though its first letters read as a title.
        if (placeLength >= 3 && placeLength >= cue + 2 && StatePlace(Join(tokens, i, i + placeLength))
            || placeLength == chunkEnd - i && placeLength > cue && CountryOrState(Join(tokens, i, i + placeLength)))
        {
            s.Mentions.Add(Place(s, i, i + placeLength));
            return i + placeLength;
        }
        var role = RoleActor(tokens, i, cue);
        // "crowned Miss Ohio", "the Miss America title": a pageant's title names the place it stands for (LGL annotates it).
        if (tokens[i + cue - 1].Folded == "miss" && i + cue < chunkEnd && LongestPlace(tokens, i + cue, chunkEnd) == chunkEnd - i - cue)
        {
            s.Mentions.Add(Place(s, i + cue, chunkEnd)
                with { PlaceCued = true });
            return chunkEnd;
        }
        if (cue > 1) AddNestedPlaces(s, i, i + 1, allowWhole: true);
        // "Prime Minister of Georgia": an office of a place, not a person named "of Georgia".
        // "Executive Director of the Jamaica Cancer Society": the words after the connector are read again, so a body's
        // name there keeps its place ("Jamaica") wherever it sits in that name.
        if (i + cue < chunkEnd && NameLexicons.Connectors.Contains(tokens[i + cue].Folded))
            return i + cue;
        // "the Russian General Staff", "the General Assembly", "General Staff of the Armed Forces": a title followed by a
        // body's head word (alone, or before "of") is that body's name, not a person named "Staff" ("Lapin of the General
        // Staff" gave one).
        if (BodyHeadAfterTitle(tokens, i + cue, chunkEnd))
        {
            s.Mentions.Add(Make(s.Text, tokens, i, chunkEnd, "ORG", SurfaceOf(s.Text, tokens, i, chunkEnd), null));
            return chunkEnd;
        }
        if (i + cue < chunkEnd)
        {
            var personEnd = PersonEndBeforeOfPlace(s, i + cue, chunkEnd);
            s.Mentions.Add(Person(s.Text, tokens, i + cue, personEnd));
            return personEnd == chunkEnd ? chunkEnd : personEnd + 1;
        }
        if (role is not null && (i == 0 || !IsCue(tokens[i - 1].Folded)))
            s.Mentions.Add(Make(s.Text, tokens, i, i + cue, "PERSON", role.Canonical, role.Kb));
        return i + cue;
    }

    /// <summary>
    /// "Douglas County Public Works Director Dave Robley", "Hanover Police Chief Nick Giaccone": a body's
    /// name, then an office, then the holder's name. The words before the cue are the body (an ORG, with
    /// its places nested), the words after it the PERSON.
    /// </summary>
    private int? BodyThenCueRule(Scan s, int i, int chunkEnd)
    {
        var tokens = s.Tokens;
        for (var c = i + 1; c < chunkEnd - 1; c++)
        {
            if (NameLexicons.Connectors.Contains(tokens[c].Folded)) continue;
            var cue = CueLength(tokens, c, chunkEnd);
            if (cue == 0 || c + cue >= chunkEnd) continue;
            // "Russian General Staff": a title before a body's head word alone is part of the body's name.
            if (BodyHeadAfterTitle(tokens, c + cue, chunkEnd)) return null;
            // "When US President Donald Trump visited", "The US Justice Department says": a common word opening a sentence
            // before a place and an office is no body's name; the place is read on its own.
            if (tokens[i].Has(TokenFlags.SentenceStart) && IsCommon(s.Text, tokens[i])
                && (c > i + 1 ? LongestPlace(tokens, i + 1, c) == c - i - 1 : LongestPlace(tokens, c, c + cue) is > 0 and var inCue && CountryOrState(Join(tokens, c, c + inCue))))
                return null;
            var placeBefore = LongestPlace(tokens, i, c) == c - i;
            // "the Health Minister of Peru", "Executive Director of the Jamaica Cancer Society", "Crown Prince of Dubai": a
            // connector after the cue makes the words before it part of an office, and the place or body after it is read
            // again on its own. Read as a body and a holder, "of Peru" became a person (GeoVirus lost Peru and Honduras so).
            if (NameLexicons.Connectors.Contains(tokens[c + cue].Folded) && !placeBefore) return c + cue;
            // "Hanover Police Chief ...": a town's office; the body is the town itself.
            if (placeBefore)
                s.Mentions.Add(Place(s, i, c) with { PlaceCued = true });
            else
            {
                var head = RightmostHead(tokens, i, c);
                s.Mentions.Add(Make(s.Text, tokens, i, c, head.Type is "GROUP" or "FAC" or "EVENT" ? head.Type : "ORG", SurfaceOf(s.Text, tokens, i, c), null));
                AddNestedPlaces(s, i, c);
                // "Former Arkansas Gov. Mike Huckabee": ordinary words (the page writes them in lower case) before a state or
                // a country make no body's name; the office is that state's. Not "Sizzler Australia Managing Director", nor "The Indiana
                // General Assembly", a body.
                var modifiers = i;
                while (modifiers < c && !tokens[modifiers].Has(TokenFlags.AllCaps) && tokens[modifiers].Folded is not ("the" or "a" or "an")
                       && s.LowercaseWords.Contains(tokens[modifiers].Folded)) modifiers++;
                if (modifiers > i && modifiers < c && LongestPlace(tokens, modifiers, c) == c - modifiers && CountryOrState(Join(tokens, modifiers, c)))
                    s.Mentions.Add(Place(s, modifiers, c) with { PlaceCued = true });
            }
            var personEnd = PersonEndBeforeOfPlace(s, c + cue, chunkEnd);
            s.Mentions.Add(Person(s.Text, tokens, c + cue, personEnd));
            return personEnd == chunkEnd ? chunkEnd : personEnd + 1;
        }
        return null;
    }

    /// <summary>Whether the word after a title is a body's head word, alone or before a connector ("General [Staff]",
    /// "General [Staff] of the Armed Forces"), so the title is part of the body's name and names no person.</summary>
    private static bool BodyHeadAfterTitle(Token[] tokens, int at, int chunkEnd) =>
        at < chunkEnd && NameLexicons.OrgHeads.Contains(tokens[at].Folded)
        && (at + 1 == chunkEnd || NameLexicons.Connectors.Contains(tokens[at + 1].Folded));

    /// <summary>"Leader John Boehner of Ohio": the holder's name ends before "of" and a place (where the
    /// person is from, read on its own after the "of"); "General Lapin of the General Staff": before "of the" and the
    /// body he serves (a name after a title never holds "of the"; the whole was one person, "Lapin of the General Staff");
    /// the chunk's end when there is neither.</summary>
    private int PersonEndBeforeOfPlace(Scan s, int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if (s.Tokens[k].Folded != "of" || s.Tokens[k + 1].Folded != "the" && !PersonOfPlace(s, start, k)) continue;
            // "Sergey Rudskoy Chief of the Main Operational Directorate": the office before "of" is no part of the name.
            var nameEnd = k;
            while (nameEnd - 1 > start && IsCue(s.Tokens[nameEnd - 1].Folded)) nameEnd--;
            return nameEnd;
        }
        return end;
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
            // "Former President", not "US President": "US" in capitals is the country, not the common word "Us".
            else if (len > 1 && best == 0 && i + len <= chunkEnd && lexicons.PersonCues.Contains(Join(tokens, i + 1, i + len))
                     && !tokens[i].Has(TokenFlags.AllCaps) && lexicons.CommonWords.Contains(Capitalise(tokens[i].Folded))) best = len;
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
}

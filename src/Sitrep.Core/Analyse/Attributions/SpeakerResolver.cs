using System.Collections.Frozen;
using Sitrep.Documents;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Resolves a source phrase to the entity it refers to in the document (the entities layer), the way a reader does:
///   * a phrase holding a name is that name's entity (a person before the body he speaks for: "SDF spokesman Talal Silo");
///   * "he", "she" → the nearest person named before, outside quotations (names inside a quote are rarely its speaker);
///   * "they", "it", "we" → the nearest organisation, armed group or state named before;
///   * "who", "which" → the name just before the relative pronoun;
///   * a description by office ("the Russian Foreign Minister") → the actor holding that role in the knowledge base,
///     else the nearest person the text gave that role, else a named body's staffer's body ("SANA reporter"), else (a
///     bare "the minister") the nearest person, unless the text titled him with another office; an indefinite one ("a
///     spokesman") → anonymous; one qualified by a body ("the ministry spokesman") → that body;
///   * a description by body ("the ministry", "the statement") → the nearest organisation, preferring one whose name
///     holds the same word ("Russian Defence Ministry") or that the knowledge base describes so ("the monitor"); one
///     described at length with its place or nation ("the directorate of health in Idlib province") is its own;
///   * unnamed plural sources ("sources said", "Syrian sources", "officials") → anonymous; an armed group's fighters
///     ("Islamic State fighters") → the group;
///   * a capitalised phrase the entity stage missed keeps its own text as the name; a kind of speaker never named ("the
///     regime", "state television") keeps its kind without a name.
/// </summary>
public sealed partial class SpeakerResolver(ActorKnowledgeBase kb, SourceWords sources, Gazetteer gazetteer)
{
    private static readonly FrozenSet<string> OpeningWords = new[]
    {
        "as", "today", "yesterday", "tonight", "read", "also", "but", "and", "so", "now", "then", "meanwhile", "however",
        "thus", "here", "there", "still", "yet", "later", "earlier", "indeed", "moreover", "again",
        // "For his part Aleppo Governor Hussein Diab said", "If confirmed …": a page stripped of its commas runs the opening
        // word into the source (FA-KES gave persons named "For", "If" and "Despite").
        "for", "if", "despite", "after", "while", "when", "since", "although", "though", "to",
    }.ToFrozenSet();

    public Speaker Resolve(string text, Word[] w, int first, int end, IReadOnlyList<EntityMention> entities, IReadOnlyList<Quotation> quotes)
    {
        if (first < 0 || end <= first) return Speaker.Unknown;
        // "As Nikolai Pakhomov writes", "Today Lavrov talked": a sentence-opening adverb is no part of the source;
        // alone ("As discussed below", "Read the photos here") it names no one.
        while (first < end && w[first].Capitalised && OpeningWords.Contains(w[first].Lower)) first++;
        if (first == end) return Speaker.Unknown;
        // "Syria Civil Defence workers who went to the site", "The man who killed the guard": the speaker is the noun the
        // relative clause hangs on; what the clause names ("the site", "the guard") is not who speaks.
        for (var k = first + 1; k < end; k++)
            if (w[k].IsWord && w[k].Lower is "who" or "which" && !w[k].Capitalised) { end = k; break; }
        var span = new TextSpan(w[first].Start, w[end - 1].End);
        var head = HeadWord(w, first, end);
        var headLower = head >= 0 ? w[head].Lower : "";
        // "I" is the writer, or the speaker of the quotation it stands in: a person either way, whom the text seldom names
        // (seeds 000 and 002: "I said previously", "I asked" were untyped).
        if (end - first == 1 && sources.Is("person-pronoun", headLower))
            return headLower == "i" ? Speaker.Person : Nearest(entities, quotes, span.Start, e => e.Type == "PERSON", null);
        // "we found", "as we reported": the writer's own group or the quoted speaker's, not the nearest body named
        // (seed 002's "we found that only the basement chapel was open" went to Moscow).
        // "US asks Russia not to target …": in capitals it is the United States, not the pronoun (seed 004 gave no one).
        var capitals = Acronym(text, w, first, end);
        if (end - first == 1 && headLower is "we" or "us" && !capitals) return Speaker.Unknown;
        // "they", "it": a body or a state that acts; a town does not speak (seed 000's "they consider" went to Tadmur).
        // A state is a country or first-level region of the gazetteer (or a place it does not know, to be safe).
        if (end - first == 1 && sources.Is("group-pronoun", headLower) && !capitals)
            return Nearest(entities, quotes, span.Start, e => e.Type is "ORG" or "GROUP" || e.Type == "GPE" && IsState(e), null);
        // "WHO said" is the World Health Organization, not the relative pronoun (FA-KES: 32 readings went to Aleppo).
        if (end - first == 1 && sources.Is("relative", headLower) && text.AsSpan(w[first].Start, w[first].End - w[first].Start) is not "WHO")
            // "which" is never a person (seed 004: "… the truce, which considered …" went to Sergei Shoigu).
            return Nearest(entities, quotes, span.Start, e => e.Type is "ORG" or "GROUP" or "GPE" || e.Type == "PERSON" && headLower != "which", null);

        // The person nearest the head wins; among bodies the longest ("Russian Ministry of Defense" over its "Russian").
        EntityMention? person = null, body = null;
        foreach (var e in entities)
        {
            if (e.Span.Start >= span.End) break;
            if (!e.Span.Overlaps(span)) continue;
            // "The Britain-based monitor", "the London-based group": where a body sits says nothing of who speaks
            // (FA-KES: 41 readings of the Syrian Observatory went to the United Kingdom).
            if (e.Type == "GPE" && text.AsSpan(e.Span.End).StartsWith("-based", StringComparison.OrdinalIgnoreCase)) continue;
            // "John McCain, a critic of Obama's Syria policy", "Trump's campaign manager": a person in the possessive
            // qualifies another word and is not the one speaking.
            if (e.Type == "PERSON" && e.Span.End < span.End && e.Span.End < text.Length && (text[e.Span.End] is '\'' or '’' || char.IsLetter(text[e.Span.End]))) continue;
            // "[Army Colonel Ryan] Dillon": the given name in the editor's brackets and the surname after them are one person.
            if (e.Type == "PERSON" && person is not null && !e.Text.Contains(' ') && text.AsSpan(person.Span.End, e.Span.Start - person.Span.End).Trim() is "]")
                person = e with { Canonical = (person.Canonical ?? person.Text) + " " + e.Text };
            else if (e.Type == "PERSON") person = e;
            else if (e.Type is "ORG" or "GROUP" or "GPE" or "OTHER" && (body is null || body.Type == "GPE" && e.Type != "GPE" || e.Type != "GPE" && e.Span.Length > body.Span.Length)) body = e;
        }
        if (person is not null && head >= 0 && w[head].Capitalised && w[head].Start >= person.Span.End
            && text.AsSpan(person.Span.End, w[head].Start - person.Span.End).Trim() is "]")
        {
            // "[Army Colonel Ryan] Dillon": the surname after a bracketed given name.
            person = person with { Canonical = (person.Canonical ?? person.Text) + " " + text[w[head].Start..w[head].End] };
        }
        // "Activists in Ein Tarma", "AFP's reporter in rebel-held Rashidin": a name in the place after a common noun's
        // "in"/"at" is where the speaker is, not who (the entity stage takes some villages for persons).
        if (head >= 0 && (!w[head].Capitalised || head == first && SentenceInitial(w, head)) && head + 1 < end && w[head + 1].IsWord
            && w[head + 1].Lower is "in" or "at" or "from" or "near" or "inside" or "outside")
        {
            if (person is not null && person.Span.Start > w[head + 1].Start) person = null;
            if (body is { Type: "OTHER" } && body.Span.Start > w[head + 1].Start) body = null;
        }
        // Rule "body of a field": "The Directorate of Health in east Aleppo", "the Department of Education in Idlib" — the
        // entity stage found only the field ("Health", untyped, which then spoke as a person); the body is the whole name.
        if (body is { Type: "OTHER" } && BodyOfField(text, w, first, body) is { } fieldBody) return fieldBody;
        // "the [Russian foreign] ministry": a state in a body's description is not the speaker, but it makes the description
        // one of its own ("The Russian ceasefire monitoring center in Syria").
        var placeInPhrase = body is { Type: "GPE" };
        var stateNamed = body is { Type: "GPE" } && IsState(body) ? body : null;
        if (body is { Type: "GPE" } && (sources.Is("org-role", headLower) || sources.Is("group", headLower))) body = null;     // "Syria's opposition"
        // Rule "the country": "Turkey … The country asked Washington to stop arming the YPG" — the state named last, not
        // a town (FA-KES: "the country" and "the nation" were no one).
        if (person is null && body is null && end - first == 2 && w[first].Lower == "the" && headLower is "country" or "nation"
            && Nearest(entities, quotes, span.Start, e => e.Type == "GPE" && IsState(e), null) is { Canonical: not null } state)
            return state;
        if (sources.Is("org-role", headLower) && headLower is "statement" or "report" or "release" or "communique" or "communiqué" && body is null
            && Issuer(text, span.Start, headLower, entities, quotes) is { } issuer)
            return issuer;
        var words = Words(w, first, end);
        // Rule "a leader's administration": "The Obama administration does not want peace in Syria" speaks for the leader's
        // state, not for the body named last (seed 004 gave the Syrian Arab Army).
        if (person is not null && headLower is "administration" or "government" or "cabinet" && person.Kb is { } pk
            && kb.ByKb(pk)?.Country is { } iso && gazetteer.Country(iso) is { } leaderState)
            return new Speaker(gazetteer[leaderState].Name, "government");
        if (person is not null && !sources.Is("org-role", headLower)) return new Speaker(person.Canonical ?? person.Text, "person");
        // Rule "people of a nation": "Many Syrians say", "Other Syrians want", "Syrians said" are people, anonymous; only
        // "the Russians" stands for the state's side (FA-KES: they all spoke as the Syrian government).
        if (end - first <= 2 && headLower.Length > 4 && headLower[^1] == 's' && w[first].Lower is not "the" && IsDemonym(headLower[..^1])
            && (end - first == 1 || w[first].Lower is "many" or "other" or "some" or "most" or "few" or "several" or "ordinary" or "young" or "displaced" or "fellow" or "millions" or "thousands"))
            return Speaker.Anonymous;
        // Rule "an armed group's fighters": "Islamic State fighters claimed the attack", "Hezbollah militants said" — the
        // group speaks through its fighters (FA-KES: anonymous, so the claim was not found under the group).
        if (body is { Type: "GROUP" } && body.Span.End <= w[head].Start && headLower is "fighters" or "militants" or "gunmen" or "jihadists" or "members" or "rebels" or "insurgents")
            return SpeakerOf(body);
        // Rule "a body's figures": "the latest figures from Gallup", "data from the Observatory", "polls by Levada" are the
        // body's, not anonymous (seed 004: Gallup's figures had no speaker).
        if (body is { Type: "ORG" or "GROUP" } && head >= 0 && FigureNouns.Contains(headLower) && body.Span.Start > w[head].End
            && head + 1 < end && w[head + 1].Lower is "from" or "by" or "of") return SpeakerOf(body);
        // "Officials in Damascus said": a capital that only opens the sentence does not make "Officials" a name.
        if (sources.Is("anonymous", headLower) && !(Capital(w, head) && !SentenceInitial(w, head)) && (body is null || body.Type == "GPE" || !IsBodyHead(headLower)))
            return Speaker.Anonymous;
        if (sources.Is("person-role", headLower) && !Capital(w, head) || sources.Is("person-role", headLower) && body is null)
        {
            // Rule "apposed name": "British Russia expert, Paul Robinson, discussed …" — the name the description
            // introduces (the phrase ends at the comma; the nearest person before it was Putin).
            if (Apposed(text, entities, span.End) is { } named) return new Speaker(named.Canonical ?? named.Text, "person");
            if (Indefinite(text, w, first, span.Start, entities, body) is { } someone) return someone;
            if (kb.FindRole(Knowledge.NameFolding.Fold(Strip(text, w, first, end))) is { } holder) return new Speaker(holder.Canonical, "person");
            // Rule "body's spokesman": "the ministry spokesman", "an army commander" speak for the body their qualifier
            // names, not for the last person named.
            if (BodyQualifier(w, first, head) is { } qualifier)
            {
                var owner = Nearest(entities, quotes, span.Start, e => e.Type is "ORG" or "GROUP" && Contains(e, qualifier), null);
                return owner.Canonical is not null ? owner : Speaker.Unknown;
            }
            // Rule "same role": "the minister" is the nearest person introduced with that role ("Foreign Minister Sergey
            // Lavrov"); one of a nationality no such person has ("the French minister") is no one named before it. Other
            // epithets ("the Florida senator", "the billionaire businessman") still go to the nearest person: news prose
            // uses them for the person just named (PolNeAR train: most of them right).
            var role = RoleWords(w, first, head);
            var holderNear = Nearest(entities, quotes, span.Start, e => e.Type == "PERSON" && HasRole(text, e, role), null);
            if (holderNear.Canonical is not null) return holderNear;
            // Rule "a named body's staff": "according to SANA reporter", "the Al-Manar correspondent said" — unless the text
            // introduced someone with that role ("The Observatory director" after "Rami Abdel Rahman, director of the
            // Observatory"), the body's words, not the last person named (FA-KES: "SANA reporter" went to a village the
            // entity stage took for a person).
            if (body is { Type: "ORG" or "GROUP" } && body.Span.End <= w[head].Start) return SpeakerOf(body);
            if (role.Exists(r => gazetteer.IsDemonym(Knowledge.NameFolding.Fold(r)))) return Speaker.Unknown;
            // Rule "press staff": "The New Arab's correspondent in the city", "the reporter" is the outlet's, never the newsmaker
            // named last (FA-KES: a correspondent's report went to Barack Obama).
            if (sources.Is("press", headLower)) return Speaker.Person;
            // Rule "another office": "US President Barack Obama spoke … the minister said in Damascus" is not Obama. A
            // person the text titled with a different office is not the one the description means: someone unnamed.
            if (NearestMention(entities, quotes, span.Start, e => e.Type == "PERSON") is { } near)
                return sources.Is("office", headLower) && OtherOffice(text, entities, near, headLower) ? Speaker.Person : SpeakerOf(near);
        }
        if (OutletNamed(text, w, head, headLower, person ?? body) is { } outlet) return outlet;
        if (body is not null && body.Span.End >= span.End - 1 || body is not null && !sources.Is("person-role", headLower))
            return SpeakerOf(body);
        if (sources.Is("org-role", headLower))
        {
            if (Indefinite(text, w, first, span.Start, entities, null) is { } some) return some;
            var near = Nearest(entities, quotes, span.Start, e => e.Type is "ORG" or "GROUP" && Contains(e, headLower), null);
            // "The Britain-based monitor": the body the knowledge base describes so ("UK-based monitor"), when named before.
            // Not a generic head: "the group" would find every group the notes call one.
            if (near.Canonical is null && headLower is not ("group" or "organization" or "organisation" or "agency" or "movement" or "party"
                    or "coalition" or "company" or "office" or "committee" or "council" or "government" or "ministry" or "department"))
                near = Nearest(entities, quotes, span.Start, e => e.Type is "ORG" or "GROUP" && DescribedAs(e, headLower), null);
            // Rule "a state's authorities": "the US authorities", "Turkish authorities", "the Syrian government" with no such
            // body named are the state's (FA-KES: "the US authorities" went to Amnesty International, named before).
            if (near.Canonical is null && stateNamed is not null && headLower is "authorities" or "government" or "regime" or "administration")
                return SpeakerOf(stateNamed);
            // Rule "described body": "The Russian ceasefire monitoring center in Syria said", "the directorate of health in
            // Idlib province" describe a body of their own, placed or of a nation; a short description ("the ministry",
            // "the Russian agency") or an epithet ("the Britain-based monitoring group") points back to the last body named
            // (the center went to AFP, named two sentences before).
            if (near.Canonical is null && (placeInPhrase || words.Exists(IsDemonym)) && RoleWords(w, first, end - 1) is { Count: >= 3 } described3 && !described3.Exists(r => r == "based" || r.EndsWith("-based", StringComparison.Ordinal)))
            {
                var f0 = first;           // "The directorate of health …" opening a sentence: no proper name keeps its "The"
                while (f0 < end - 1 && Phrases.Determiners.Contains(w[f0].Lower)) f0++;
                return new Speaker(Strip(text, w, f0, end), sources.AnyIn("government", words) ? "government" : "organization");
            }
            // Rule "kind of the body": "the news agency" is the outlet named last, not the coalition named since; "the
            // terrorist group" is no army or ministry (FA-KES: both went to the body named last, whatever its kind), and "the
            // group" no outlet ("(Reuters) The group which describes itself as … rescue volunteers" went to the credit).
            // Likewise "the army" and "his government" are a state's body, never a monitor's or an outlet's.
            var media = sources.AnyIn("media", words);
            var stateBody = !media && sources.AnyIn("government", words);
            if (near.Canonical is null)
                near = Nearest(entities, quotes, span.Start, e => e.Type is "ORG" or "GROUP" && media == (TypeOf(e) == "media")
                                                                  && (!stateBody || TypeOf(e) == "government")
                                                                  && !(headLower == "group" && TypeOf(e) == "government"), null);
            if (near.Canonical is null && media) return new Speaker(null, "media");
            if (near.Canonical is not null) return near;
        }
        if (head >= 0 && Capital(w, head))
        {
            var name = Strip(text, w, first, end);
            var type = sources.AnyIn("media", words) ? "media" : sources.AnyIn("government", words) ? "government"
                : words.Count <= 3 && AllCapitalised(w, first, end) && !Acronym(text, w, first, end) ? "person" : "organization";
            return new Speaker(name, type);
        }
        // Rule "kind without a name": "the regime", "the interior ministry", "Western powers", "state television", "the
        // reporter" name no one the text named, but say what kind of speaker it is (FA-KES: 569 readings were typed unknown).
        if (sources.AnyIn("government", words)) return new Speaker(null, "government");
        if (sources.AnyIn("media", words)) return new Speaker(null, "media");
        if (sources.Is("org-role", headLower) || sources.Is("group", headLower)) return new Speaker(null, "organization");
        if (sources.Is("person-role", headLower)) return Speaker.Person;
        return Speaker.Unknown;
    }

    /// <summary>Rule "outlet's name": "the Dogan news agency", "The Dogan newspaper" — a name no knowledge base knows, right
    /// before a news outlet's head, names the outlet, though the entity stage read a surname (FA-KES: Dogan spoke as a
    /// person).</summary>
    private Speaker? OutletNamed(string text, Word[] w, int head, string headLower, EntityMention? named)
    {
        if (head < 0 || w[head].Capitalised || named is not { Kb: null, Type: "PERSON" or "OTHER" } || named.Span.End > w[head].Start
            || !sources.Is("media", headLower) || sources.Is("person-role", headLower)) return null;
        for (var k = head - 1; k >= 0 && w[k].Start >= named.Span.End; k--)
            if (!sources.Is("media", w[k].Lower)) return null;
        return new Speaker(named.Canonical ?? named.Text, "media");
    }

    /// <summary>An entity as a speaker. Rule "capital for its state": "Moscow has denied the claims", "Damascus said",
    /// "Washington insists" speak for the country whose capital they are (GeoNames PPLC), so that what Russia said is
    /// found under Russia whichever name the writer used.</summary>
    private Speaker SpeakerOf(EntityMention e) =>
        StateOfCapital(e) is { } country ? new Speaker(gazetteer[country].Name, "government") : new Speaker(e.Canonical ?? e.Text, TypeOf(e));

    /// <summary>The gazetteer entry of the country whose capital <paramref name="e"/> is (null: not a capital).</summary>
    private int? StateOfCapital(EntityMention e) =>
        e.Type == "GPE" && e.Kb is { } kb && kb.StartsWith("geonames:", StringComparison.Ordinal) && long.TryParse(kb.AsSpan(9), out var id)
        && gazetteer.ByGeonameId(id) is { } i && gazetteer[i].FeatureCode == "PPLC" ? gazetteer.Country(gazetteer[i].Country) : null;

    /// <summary>Whether a name can speak: a person or a body, a state, or a capital standing for its state; a town cannot
    /// ("rebels in Aleppo, Hama and Idlib announced").</summary>
    public bool CanSpeak(EntityMention e) => e.Type != "GPE" || IsState(e) || StateOfCapital(e) is not null;

    /// <summary>Whether a lower-cased word is a country's demonym ("syrian").</summary>
    public bool IsDemonym(string lower) => gazetteer.IsDemonym(Knowledge.NameFolding.Fold(lower));

    /// <summary>A country or first-level region. A one-word place with no GeoNames id may be one ("Rojava"), to be safe,
    /// unless the gazetteer knows the name only as towns; a longer one is a village read by its toponym head or after
    /// "town of" ("Tal Hamis", "Ain al-Dananeer": FA-KES's "It added" had gone to them).</summary>
    private bool IsState(EntityMention e)
    {
        // A curated town with no GeoNames id ("Kafraya", "Adra") is no state (FA-KES: "It" went to Kafraya).
        if (e.Kb is null) return !e.Text.Contains(' ') && !gazetteer.NamesOnlyTowns(Knowledge.NameFolding.Fold(e.Text));
        if (!e.Kb.StartsWith("geonames:", StringComparison.Ordinal) || !long.TryParse(e.Kb.AsSpan(9), out var id)) return true;
        return gazetteer.ByGeonameId(id) is not { } i || gazetteer[i].FeatureClass == 'A';
    }

    /// <summary>The contract's source_type of an entity: people are persons, states speak as governments, news outlets
    /// are media, ministries and armed forces are government bodies, the rest organisations.</summary>
    /// <summary>Two characters or more, no lower-case letter: "WHO", "UNICEF", "U.N.".</summary>
    private static bool AllCapitals(ReadOnlySpan<char> text)
    {
        if (text.Length < 2) return false;
        foreach (var c in text) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }

    public string TypeOf(EntityMention e)
    {
        if (e.Type == "PERSON") return "person";
        if (e.Type == "GPE") return "government";
        var words = (e.Canonical ?? e.Text).ToLowerInvariant().Split(' ', '-');
        var surface = e.Text.ToLowerInvariant().Split(' ', '-');
        if (sources.AnyIn("media", words) || sources.AnyIn("media", surface)) return "media";
        if (sources.AnyIn("government", words) || sources.AnyIn("government", surface)) return "government";
        // A name the entity stage could not type ("Sanders said") speaks as a person unless it has an organisation's head,
        // or is written in capitals ("UNICEF", "ICRC": initials of a body; FA-KES typed UNICEF a person).
        if (e.Type == "OTHER" && !sources.AnyIn("org-role", surface) && surface.Length <= 3 && !AllCapitals(e.Text.AsSpan())) return "person";
        return "organization";
    }

    /// <summary>"The Russian Defence Ministry has released a statement … The statement explained": the body named
    /// before the last earlier mention of the same document word issued it.</summary>
    private Speaker? Issuer(string text, int before, string head, IReadOnlyList<EntityMention> entities, IReadOnlyList<Quotation> quotes)
    {
        var at = before;
        while (at > 0)
        {
            at = text.LastIndexOf(head, at - 1, StringComparison.OrdinalIgnoreCase);
            if (at < 0) return null;
            for (var k = LastBefore(entities, at); k >= 0; k--)
            {
                var e = entities[k];
                if (e.Span.End > at) continue;                                   // a name holding the word itself ("Statement Co.")
                if (at - e.Span.End > 160 || text.AsSpan(e.Span.End, at - e.Span.End).IndexOfAny(".\n") >= 0) break;   // same sentence only
                if (e.Type is "ORG" or "GROUP" && !InQuote(quotes, e.Span.Start)) return new Speaker(e.Canonical ?? e.Text, TypeOf(e));
            }
        }
        return null;
    }

    private Speaker Nearest(IReadOnlyList<EntityMention> entities, IReadOnlyList<Quotation> quotes, int before, Func<EntityMention, bool> wanted, string? fallback) =>
        NearestMention(entities, quotes, before, wanted) is { } e ? SpeakerOf(e)
            : fallback is null ? Speaker.Unknown : new Speaker(fallback, "unknown");

    /// <summary>The last mention before <paramref name="before"/> that is wanted and not inside a quotation, or null.</summary>
    private static EntityMention? NearestMention(IReadOnlyList<EntityMention> entities, IReadOnlyList<Quotation> quotes, int before, Func<EntityMention, bool> wanted)
    {
        for (var k = LastBefore(entities, before); k >= 0; k--)
        {
            var e = entities[k];
            if (wanted(e) && !InQuote(quotes, e.Span.Start)) return e;
        }
        return null;
    }

    private static int LastBefore(IReadOnlyList<EntityMention> entities, int before)
    {
        int lo = 0, hi = entities.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (entities[mid].Span.Start < before) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    private static bool InQuote(IReadOnlyList<Quotation> quotes, int index)
    {
        int lo = 0, hi = quotes.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (quotes[mid].End <= index) lo = mid + 1;
            else if (quotes[mid].Start > index) hi = mid - 1;
            else return true;
        }
        return false;
    }

    private bool IsBodyHead(string lower) => sources.Is("org-role", lower);

    /// <summary>Whether the knowledge base's note on the entity's actor holds the word ("monitor" for the Syrian
    /// Observatory for Human Rights, "broadcaster" for RT).</summary>
    private bool DescribedAs(EntityMention e, string lower) =>
        e.Kb is { } id && kb.ByKb(id)?.Note is { } note && note.Split(' ', '-', ',', ';').Contains(lower, StringComparer.OrdinalIgnoreCase);

    private static bool Contains(EntityMention e, string lower) =>
        (e.Canonical ?? e.Text).Contains(lower, StringComparison.OrdinalIgnoreCase) || e.Text.Contains(lower, StringComparison.OrdinalIgnoreCase);

    private static bool Capital(Word[] w, int k) => k >= 0 && w[k].Capitalised;

    /// <summary>One word in capitals ("WHO", "SOHR", "SDF"): an organisation's initials, not a person's name.</summary>
    private static bool Acronym(string text, Word[] w, int first, int end) =>
        end - first == 1 && AllCapitals(text.AsSpan(w[first].Start, w[first].End - w[first].Start));

    /// <summary>The word opens its sentence: first of the text, or after a full stop, a paragraph break or an opening quotation mark.</summary>
    private static bool SentenceInitial(Word[] w, int k) =>
        k == 0 || w[k - 1].IsBreak || w[k - 1].Kind == WordKind.Punct && w[k - 1].Mark is '.' or '!' or '?' or '"' or '“' or '«' or '„' or ':';

    private static bool AllCapitalised(Word[] w, int first, int end)
    {
        for (var k = first; k < end; k++) if (w[k].IsWord && !w[k].Capitalised) return false;
        return true;
    }

    /// <summary>The last word of the phrase outside brackets: "the [Russian foreign] ministry" → "ministry".</summary>
    private static int HeadWord(Word[] w, int first, int end)
    {
        // "the ceasefire monitoring center in Syria": the head is the word before a preposition, not the place after it.
        for (var k = first + 1; k < end - 1; k++)
            if (w[k].IsWord && !w[k].Capitalised && w[k].Lower is "in" or "at" or "from" or "for" or "on" or "with" or "to" or "inside" or "near" && w[k - 1].IsWord)
                return Phrases.PlaceParticiples.Contains(w[k - 1].Lower) && k - 2 >= first ? k - 2 : k - 1;      // "a monitoring group based in the UK"
            // "Mr. Morgan of the Sierra Club": a name before "of the" is the head ("the Ministry of Defence" keeps its own;
            // "Members of the Security Council" opening a sentence is no name).
            else if (w[k].IsWord && w[k].Lower == "of" && w[k + 1].Lower == "the" && w[k - 1].Capitalised && !SentenceInitial(w, k - 1)) return k - 1;
            // "Rami Abdel Rahman head of the Syrian Observatory for Human Rights", "residents of western Aleppo": a lower-case
            // role before "of" is the head, not the body or the place after it (FA-KES: the Observatory spoke for its head).
            // "a network of activists", "a group of youths": a collective's head is what it gathers.
            else if (w[k].IsWord && w[k].Lower == "of" && w[k - 1].IsWord && !w[k - 1].Capitalised && !Phrases.Determiners.Contains(w[k - 1].Lower)
                     && !Collectives.Contains(w[k - 1].Lower)) return k - 1;
        for (var k = end - 1; k >= first; k--) if (w[k].IsWord) return k;
        return -1;
    }

    private static readonly FrozenSet<string> FigureNouns = new[]
    {
        "figures", "data", "numbers", "statistics", "estimates", "estimate", "count", "tally", "toll", "poll", "polls", "survey",
        "surveys", "report", "reports", "findings",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Collectives = new[]
    {
        "network", "group", "number", "handful", "couple", "host", "crowd", "team", "series", "lot", "dozens", "hundreds", "thousands",
        "majority", "minority", "coalition", "alliance", "bunch", "pair", "band", "collection", "chorus", "delegation",
    }.ToFrozenSet();

    private static List<string> Words(Word[] w, int first, int end)
    {
        var list = new List<string>(end - first);
        for (var k = first; k < end; k++) if (w[k].IsWord) list.Add(w[k].Lower);
        return list;
    }

    /// <summary>The phrase without a leading determiner or brackets: "the Russian Foreign Minister" → "Russian Foreign Minister".</summary>
    private static string Strip(string text, Word[] w, int first, int end)
    {
        var f = first;
        while (f < end - 1 && w[f].IsWord && !w[f].Capitalised && Phrases.Determiners.Contains(w[f].Lower)) f++;
        var s = text[w[f].Start..w[end - 1].End];
        return s.Replace("[", "").Replace("]", "").Trim();
    }
}

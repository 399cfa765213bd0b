using System.Collections.Frozen;

namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Sense checks for lexicon words that also have a non-reporting use: each is a small named rule that rejects one
/// reading, justified by the false positives it removed on the PolNeAR training split (per-cue precision of the rules,
/// measured with SITREP_CUE_AUDIT; never the dev split). <see cref="CueLexicon.Match"/> asks this before it returns a
/// one-word cue, so the rules, the sentence splitter and the learned features all see the same senses.
/// </summary>
public static class CueSenses
{
    /// <summary>Whether the one-word cue <paramref name="form"/> at <paramref name="i"/> reads as reporting here.</summary>
    public static bool Reporting(Word[] w, int i, string form) => form switch
    {
        "called" => !NamingCalled(w, i),
        "show" or "shows" => !NounShow(w, i),
        "support" => !NounSupport(w, i),
        "found" => !FoundItself(w, i),
        "pledged" => !PledgedDelegates(w, i),
        "plan" or "plans" or "planned" => !NounPlan(w, i),
        "know" => !DiscourseKnow(w, i),
        "claimed" or "claiming" => !ClaimedLives(w, i),
        "continued" or "continues" => !EventContinued(w, i),
        "blast" or "blasts" => !NounBlast(w, i),
        "reporting" => !NounReporting(w, i),
        "protests" => !NounProtests(w, i),
        "observed" => Next(w, i) is not ("during" or "since" or "by"),
        "attacked" or "attacking" => !MilitaryAttacked(w, i),
        "backed" or "backing" => !MilitaryBacking(w, i),
        "named" => !NamingNamed(w, i),
        "maintains" or "maintained" or "maintaining" => !KeptMaintained(w, i),
        _ => true,
    };

    /// <summary>Whether the cue <paramref name="form"/> of several words at <paramref name="i"/> reads as reporting here.</summary>
    public static bool Reporting(Word[] w, int i, string[] form) => form.Length == 1
        ? Reporting(w, i, form[0])
        : form[0] switch
        {
            "attacks" or "attack" => !MilitaryAttack(w, i, form.Length),
            "bid" => !InABid(w, i),
            "opposition" => !GroupOpposition(w, i, form.Length),
            "according" => !AccordingToManner(w, i, form.Length),
            _ => true,
        };

    private static readonly FrozenSet<string> MannerNouns = new[]
    {
        // Not "law" ("according to law enforcement officials", PolNeAR train) nor other nouns that head a source's name.
        "type", "types", "plan", "schedule", "tradition", "custom", "priority", "category", "criteria", "script", "protocol",
    }.ToFrozenSet();

    /// <summary>Rule "according to plan": "determines whose planes carry out raids according to type, location and flight
    /// patterns", "went according to plan" — in accordance with, not a source (FA-KES: 12 readings, the Observatory's
    /// method statement).</summary>
    private static bool AccordingToManner(Word[] w, int i, int length)
    {
        var next = Next(w, i, length);
        if (next is "their" or "its" or "the") next = Next(w, i, length + 1);
        return MannerNouns.Contains(next);
    }

    private static readonly FrozenSet<string> ProtestModifiers = new[]
    {
        "mass", "peaceful", "street", "popular", "student", "violent", "nationwide", "large", "massive", "widespread", "angry", "weekly",
        "the", "these", "of", "and", "in",
    }.ToFrozenSet();

    /// <summary>Rule "noun protests": "the brutal repression of anti-government protests in 2011", "mass protests erupted" —
    /// demonstrations, not "he protests that …" (FA-KES: 18 readings; PolNeAR train annotates no "protests" cue).</summary>
    private static bool NounProtests(Word[] w, int i)
    {
        var prev = Prev(w, i);
        return Possessives.Contains(prev) || Genitive(prev) || prev.Contains('-') || ProtestModifiers.Contains(prev)
               || Next(w, i) is "in" or "against" or "erupted" or "broke" or "across" or "over" or "and" or "," or "." or "were" or "have" or "had";
    }

    /// <summary>Rule "in a bid to": "launched an offensive in a bid to cut the supply lines" — the purpose of an action,
    /// not a stated aim (PolNeAR train: none of its three was annotated; seed 004 read two).</summary>
    private static bool InABid(Word[] w, int i) => Prev(w, i) == "a" && Prev(w, i, 2) == "in";

    /// <summary>Rule "the opposition to leave": "a deadline for the “moderate” opposition to leave territories" — the armed
    /// opposition and an infinitive, not opposition to something (seed 004).</summary>
    private static bool GroupOpposition(Word[] w, int i, int length)
    {
        var next = Next(w, i, length);
        return next is "leave" or "stop" or "end" or "join" or "withdraw" or "fight" or "lay" or "hand" or "sign" or "accept" or "attend" or "come"
            or "take" or "negotiate" or "surrender" or "disarm" or "evacuate" or "return" or "move" or "abandon" or "cease" or "pull";
    }

    private static string Prev(Word[] w, int i, int back = 1) => i - back >= 0 && !w[i - back].IsBreak ? w[i - back].Lower : "";
    private static string Next(Word[] w, int i, int ahead = 1) => i + ahead < w.Length && !w[i + ahead].IsBreak ? w[i + ahead].Lower : "";

    private static readonly FrozenSet<string> Possessives = new[]
    {
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those", "of", "no",
    }.ToFrozenSet();

    private static bool Genitive(string lower) => lower.EndsWith("'s", StringComparison.Ordinal) || lower.EndsWith("s'", StringComparison.Ordinal);

    /// <summary>Rule "phoning called": "several Mexican businesses have called off projects", "Eric Trump called.", "called
    /// up the reserves" — cancelling, phoning or summoning, not reporting (train: "called" was the rules' second source of
    /// false positives, 98 of 232). Naming ("a group called Black Votes Matter") stays: PolNeAR's annotators mark it about
    /// as often as not, and dropping it lost as many hits as false positives on train.</summary>
    private static bool NamingCalled(Word[] w, int i) => Next(w, i) is "off" or "up" or "back" or "in" or "around" or "." or "";

    private static readonly FrozenSet<string> ShowModifiers = new[]
    {
        "talk", "tv", "television", "radio", "reality", "morning", "night", "late-night", "game", "slide", "cooking", "award",
        "awards", "variety", "road", "news", "comedy", "daily", "hit", "call-in", "cable", "sunday", "trade", "air", "fashion", "art",
    }.ToFrozenSet();

    /// <summary>Rule "noun show": "the reality show", "a talk show host", "Lopez's show", "show up to vote" — the noun or the
    /// phrasal verb, not "polls show that …" (train: 48 of 91 "show" predictions were false positives).</summary>
    private static bool NounShow(Word[] w, int i)
    {
        var prev = Prev(w, i);
        var next = Next(w, i);
        return next is "up" or "host" or "hosts" or "off" or "business" or "'s"
               || Possessives.Contains(prev) || Genitive(prev) || ShowModifiers.Contains(prev);
    }

    private static readonly FrozenSet<string> VerbBefore = new[]
    {
        "i", "you", "we", "they", "he", "she", "who", "that", "which", "to", "will", "would", "can", "could", "should", "may",
        "might", "must", "do", "does", "did", "don't", "doesn't", "didn't", "won't", "wouldn't", "couldn't", "can't", "not",
        "also", "still", "strongly", "overwhelmingly", "largely", "generally", "never", "and", "or",
    }.ToFrozenSet();

    /// <summary>Rule "noun support": "Clinton's deep support among black voters", "41 percent support", "her base of
    /// support" — the noun, which the rules read as the verb (train: "support" was right 31 times in 106). The verb has a
    /// pronoun, "who", "to", a modal or a plural subject right before it.</summary>
    private static bool NounSupport(Word[] w, int i)
    {
        var prev = Prev(w, i);
        if (VerbBefore.Contains(prev)) return false;
        if (Possessives.Contains(prev) || Genitive(prev)) return true;
        var next = Next(w, i);
        // An object right after it is the verb's: "The Russian military support the return to the battlefield".
        if (next is "the" or "a" or "an" or "this" or "his" or "her" or "their" or "its") return false;
        if (next is "for" or "among" or "from" or "of" or "in" or "is" or "was" or "has" or "had" or "," or "." || next.Length > 0 && char.IsDigit(next[0])) return true;
        // A plural subject: "a 69% majority of Republicans support deploying", "Millennials support background checks".
        return !(prev.Length > 3 && prev.EndsWith('s') && !Genitive(prev) && prev is not "percent" and not "its" and not "his");
    }

    private static readonly FrozenSet<string> Reflexives = new[] { "himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself" }.ToFrozenSet();

    /// <summary>Rule "found itself": "Obama found himself in the awkward position", "Sanders found a receptive audience",
    /// "was found to use chemical weapons" — finding oneself or a way, or the passive; not the findings of a poll or study
    /// (train: 42 of 103 "found" predictions were false positives).</summary>
    private static bool FoundItself(Word[] w, int i)
    {
        var next = Next(w, i);
        var prev = Prev(w, i);
        return Reflexives.Contains(next) || next is "ways" or "way" || Next(w, i, 2) is "way" or "ways" or "audience"
               || prev is "was" or "were" or "is" or "are" or "be" or "been" or "being";
    }

    /// <summary>Rule "pledged delegates": the delegates bound to a candidate, not a pledge (train).</summary>
    private static bool PledgedDelegates(Word[] w, int i) =>
        Next(w, i) is "delegates" or "delegate" || Prev(w, i) is "most" or "the" or "of" or "and" or "include" or "includes";

    /// <summary>Rule "noun plan": "his health-care plan", "Obama's Gitmo plan", "a transition plan" — the noun; intentions
    /// ("they plan to run") come with "to" and are the longer cues "plans to"/"plan to" (train: the one-word cognition cue
    /// "plan"/"plans" was right 21 times in 69, nearly all where a pronoun or "who" came before it).</summary>
    private static bool NounPlan(Word[] w, int i)
    {
        var prev = Prev(w, i);
        return !(Phrases.Pronouns.Contains(prev) || prev is "to" or "that" or "also" or "still" or "now" || prev.Length > 3 && prev.EndsWith('s') && !Genitive(prev) && w[i].Lower != "plans");
    }

    // Conflict reporting (the seeds, FA-KES): words that PolNeAR's campaign news uses for what people say, and war news
    // for what weapons and battles do. Counted on FA-KES's 4,950 rules readings at bc0356b, with PolNeAR train and dev
    // unchanged or better (the closing note gives the figures).

    private static readonly FrozenSet<string> ArmedWords = new[]
    {
        "launched", "launch", "launching", "carried", "carrying", "intensified", "intensify", "resumed", "repelled", "repel",
        "thwarted", "foiled", "suicide", "air", "aerial", "rocket", "rocketry", "mortar", "missile", "chemical", "gas", "terrorist", "terror",
        "bomb", "barrel", "drone", "artillery", "ground", "military", "armed", "militant", "insurgent", "deadly",
        "coordinated", "retaliatory", "cross-border", "sniper", "regime", "rebel", "jihadist", "coalition", "russian", "israeli",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> Targets = new[]
    {
        "checkpoint", "checkpoints", "base", "bases", "village", "villages", "town", "towns", "city", "cities",
        "hospital", "hospitals", "school", "schools", "convoy", "convoys", "district", "districts", "neighborhood", "neighborhoods",
        "neighbourhood", "neighbourhoods", "area", "areas", "targets", "troops", "forces", "army", "soldiers", "civilians", "camp",
        "camps", "airport", "airbase", "post", "posts", "outposts", "headquarters", "market", "markets", "mosque", "church",
        "military", "border", "fighters", "militants", "rebels", "regime", "countryside", "province", "suburbs", "outskirts", "governorate",
        "western", "eastern", "northern", "southern",
    }.ToFrozenSet();

    /// <summary>Rule "military attack": "stepped up attacks on Eastern Ghouta", "barrel bomb attacks on an extremist-held
    /// town", "suicide attacks against the SDF" — fighting, not the criticism of "Trump's attacks on the media" (FA-KES: 92
    /// of the rules' readings were "attacks on", nearly all of them strikes). An armed word among the three before, or a
    /// target among the four after. "stepped up" and "positions" are left out: campaigns step up their attacks on a
    /// rival's positions too (PolNeAR train).</summary>
    private static bool MilitaryAttack(Word[] w, int i, int length)
    {
        for (var b = 1; b <= 3; b++) if (ArmedWords.Contains(Prev(w, i, b))) return true;
        for (var a = length; a < length + 4; a++) if (Targets.Contains(Next(w, i, a))) return true;
        return false;
    }

    private static readonly FrozenSet<string> Fighters = new[]
    {
        "jets", "warplanes", "planes", "aircraft", "bombers", "helicopters", "drones", "pilots", "gunmen", "militants", "jihadists",
        "insurgents", "rebels", "fighters", "troops", "forces", "soldiers", "militia", "militias", "army", "bomber", "gunman",
        "isis", "isil", "daesh", "nusra", "al-nusra", "al-qaeda", "hezbollah", "hizballah",
    }.ToFrozenSet();

    /// <summary>Rule "military attacked": "the ISIS group attacked several southern neighborhoods", "Russian pilots attacking
    /// DAESH in the Homs region", "bombers attacked the Syrian Democratic Forces" — a strike, not "Trump attacked Clinton"
    /// (FA-KES: most of its 25 "attacked" readings). A fighter or armed word among the three before, or an armed group or a
    /// target among the four after.</summary>
    private static bool MilitaryAttacked(Word[] w, int i)
    {
        for (var b = 1; b <= 3; b++) if (ArmedWords.Contains(Prev(w, i, b)) || Fighters.Contains(Prev(w, i, b))) return true;
        for (var a = 1; a <= 4; a++) if (Targets.Contains(Next(w, i, a)) || Fighters.Contains(Next(w, i, a))) return true;
        return false;
    }

    /// <summary>Rule "military backing": "A US-led coalition backing the Syrian Democratic Forces", "backed militarily by
    /// Russia", "Russia backed up Syrian government denials" — arms and air power or a phrasal verb, not a candidate's
    /// endorsement (FA-KES: 13 readings).</summary>
    private static bool MilitaryBacking(Word[] w, int i)
    {
        if (Next(w, i) is "militarily" or "up") return true;
        for (var a = 1; a <= 4; a++) if (Targets.Contains(Next(w, i, a)) || Fighters.Contains(Next(w, i, a))) return true;
        return false;
    }

    /// <summary>Rule "naming named": "a witness named Ahmad", "a man named John Smith" — a name given to someone just
    /// introduced, not "Trump named Pence" (FA-KES). A lower-case noun after "a"/"an" right before it and a capital after.</summary>
    private static bool NamingNamed(Word[] w, int i) =>
        i + 1 < w.Length && w[i + 1].Capitalised && i >= 2 && w[i - 1].IsWord && !w[i - 1].Capitalised && Prev(w, i, 2) is "a" or "an";

    /// <summary>Rule "claimed lives": "the heavy fighting claimed the lives of 129 loyalists", "a new massacre claiming
    /// the lives of ten persons" — the toll of a battle, not a claim (FA-KES: most of the 72 "claimed").</summary>
    private static bool ClaimedLives(Word[] w, int i)
    {
        for (var a = 1; a <= 4; a++)
            if (Next(w, i, a) is "lives" or "life") return true;
            else if (Next(w, i, a) is "" or "that" or "," or "responsibility" or "credit") return false;
        return false;
    }

    /// <summary>Rule "event continued": "Battles continued between the regime forces and …", "clashes continued across the
    /// day" — the fighting going on, not a speaker going on ("“…,” he continued"; "continued: …"). A preposition or a
    /// time after it is the event's; "continued on, mocking …" and "continued with an appeal to voters" are the speaker's
    /// (PolNeAR train).</summary>
    private static bool EventContinued(Word[] w, int i) => Next(w, i) is "between" or "across" or "throughout" or "until" or "through"
        or "into" or "amid" or "despite" or "overnight" or "unabated" or "apace" or "in" or "at" or "for" or "after"
        or "near" or "around" or "inside" or "along" or "today" or "yesterday" or "tonight"
        || Next(w, i) == "on" && Next(w, i, 2) is not ("," or "." or "")
        // "The strikes continued, said observatory head Rami Abdel Rahman": the comma is the inverted speaker's.
        || Next(w, i) == "," && Next(w, i, 2) is "said" or "says" or "added" or "reported"
        || Operations.Contains(Next(w, i)) || Next(w, i) is "their" or "its" && Operations.Contains(Next(w, i, 2));

    private static readonly FrozenSet<string> Operations = new[]
    {
        "operations", "operation", "bombardment", "bombing", "shelling", "fighting", "strikes", "airstrikes", "raids", "advance",
        "advances", "offensive", "assault", "attacks", "searching", "search", "clashes", "battles", "siege", "push",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> BlastModifiers = new[]
    {
        "a", "an", "the", "this", "that", "bomb", "car", "suicide", "twin", "double", "powerful", "deadly", "huge", "massive",
        "explosive", "second", "first", "another", "of", "truck", "roadside", "mine", "gas",
    }.ToFrozenSet();

    /// <summary>Rule "noun blast": "A bomb blast killed six people", "bomb blasts hit mostly regime-controlled areas" — an
    /// explosion, not "Trump blasts Clinton" (FA-KES: all 40 readings of "blast"/"blasts").</summary>
    private static bool NounBlast(Word[] w, int i) =>
        BlastModifiers.Contains(Prev(w, i)) || Genitive(Prev(w, i)) || Counted(Prev(w, i))
        || Next(w, i) is "kills" or "killed" or "kill" or "hit" or "hits" or "rocked" or "rocks" or "in" or "at" or "near" or "on"
            or "targeted" or "ripped" or "tore" or "struck" or "claimed" or "injured" or "wounded" or "that" or "which" or "was" or "were" or "," or ".";

    private static readonly FrozenSet<string> KeptThings = new[]
    {
        "base", "bases", "airbase", "presence", "troops", "forces", "control", "ties", "relations", "contacts", "contact", "embassy",
        "embassies", "positions", "position", "facility", "facilities", "checkpoint", "checkpoints", "ceasefire", "truce", "calm",
        "lead", "pressure", "sanctions", "siege", "grip", "hold", "majority", "military", "garrison", "outpost", "outposts",
    }.ToFrozenSet();

    /// <summary>Rule "kept maintained": "Russia maintains the huge Hmeimim airbase", "maintained its grip on the city",
    /// "maintains a lead in the polls" — keeping something, not "maintained that …" or "maintained his innocence" (FA-KES).
    /// A thing kept among the four words after it.</summary>
    private static bool KeptMaintained(Word[] w, int i)
    {
        for (var a = 1; a <= 4; a++)
        {
            var next = Next(w, i, a);
            if (KeptThings.Contains(next)) return true;
            if (next is "" or "that" or "," or "." or ":") return false;
        }
        return false;
    }

    /// <summary>"Three blasts", "two explosions", "several blasts": a count before a noun.</summary>
    private static bool Counted(string prev) =>
        prev.Length > 0 && char.IsDigit(prev[0]) || prev is "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten"
            or "several" or "multiple" or "many" or "numerous" or "dozens" or "twin" or "more" or "further";

    /// <summary>Rule "noun reporting": "other Associated Press reporting of the events", "on the ground reporting from
    /// around the world" — journalism as a noun, not "reporting that …" (FA-KES: 34 readings).</summary>
    private static bool NounReporting(Word[] w, int i) =>
        Next(w, i) is "of" or "from" or "by" || Possessives.Contains(Prev(w, i)) || Genitive(Prev(w, i)) || Prev(w, i) is "ground" or "press" or "news" or "investigative";

    /// <summary>Rule "discourse know": "You know, the ones who …", "(Yes, we know, guacamole is extra.)", "the Roger
    /// Ailes we know," — a filler or a relative clause with nothing known after it (train: "know" was right 25 times in 62).</summary>
    private static bool DiscourseKnow(Word[] w, int i) => Next(w, i) is "," or "." or ")" or "" or "it" or "them" or "him" or "her";
}

using System.Collections.Frozen;

namespace Sitrep.Analyse.Attributions;

/// <summary>
/// The war senses of <see cref="CueSenses"/>: words that PolNeAR's campaign news uses for what people say, and war news
/// for what weapons, battles and armies do ("attacks on", "claimed the lives", "continued its operations", "blasts").
/// </summary>
public static partial class CueSenses
{
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
        return ArmedAfter(w, i);
    }

    /// <summary>A target or an armed force among the four words after the cue.</summary>
    private static bool ArmedAfter(Word[] w, int i)
    {
        for (var a = 1; a <= 4; a++) if (Targets.Contains(Next(w, i, a)) || Fighters.Contains(Next(w, i, a))) return true;
        return false;
    }

    /// <summary>Rule "military backing": "A US-led coalition backing the Syrian Democratic Forces", "backed militarily by
    /// Russia", "Russia backed up Syrian government denials" — arms and air power or a phrasal verb, not a candidate's
    /// endorsement (FA-KES: 13 readings).</summary>
    private static bool MilitaryBacking(Word[] w, int i) =>
        Next(w, i) is "militarily" or "up" || ArmedAfter(w, i);

    /// <summary>Rule "naming named": "a witness named Ahmad", "a man named John Smith" — a name given to someone just
    /// introduced, not "Trump named Pence" (FA-KES). A lower-case noun after "a"/"an" right before it and a capital after.
    /// Nor "even if it is not named as such" (seed 004), a label.</summary>
    private static bool NamingNamed(Word[] w, int i) =>
        i + 1 < w.Length && w[i + 1].Capitalised && i >= 2 && w[i - 1].IsWord && !w[i - 1].Capitalised && Prev(w, i, 2) is "a" or "an"
        || Next(w, i) == "as" && Next(w, i, 2) == "such";

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

    /// <summary>Rule "suspected attack": "A third suspected nerve agent attack", "the suspected chemical attack", "two
    /// suspected militants" — the adjective after a determiner or a count, not "police suspected that …" (FA-KES).</summary>
    private static bool AdjectiveSuspected(Word[] w, int i) =>
        Possessives.Contains(Prev(w, i)) || Counted(Prev(w, i)) || Prev(w, i) is "first" or "second" or "third" or "latest" or "new" or "another" or "alleged";

    /// <summary>"Three blasts", "two explosions", "several blasts": a count before a noun.</summary>
    private static bool Counted(string prev) =>
        Phrases.NumberWord(prev) || prev is "several" or "multiple" or "many" or "numerous" or "dozens" or "twin" or "more" or "further";

    private static readonly FrozenSet<string> CaptionHeads = new[]
    {
        "view", "picture", "pictures", "image", "images", "photograph", "photographs",
    }.ToFrozenSet();

    /// <summary>Rule "caption shows": "A general view shows the damage at a hospital", "One photograph shows a man carrying
    /// …" — a photo caption run into the story, not a claim (FA-KES: 7 readings). A video or a photo still shows what a
    /// source claims ("a video shows him saying …", PolNeAR train), so only these heads, at most three words before.</summary>
    private static bool CaptionShows(Word[] w, int i)
    {
        for (var b = 1; b <= 3; b++)
            if (CaptionHeads.Contains(Prev(w, i, b))) return true;
            else if (Prev(w, i, b) is "" or "," or "." or "that" or "which") return false;
        return false;
    }

    private static readonly FrozenSet<string> Happenings = new[]
    {
        "attack", "attacks", "strike", "strikes", "airstrikes", "bombing", "bombings", "fighting", "battle", "battles", "clashes",
        "offensive", "operation", "war", "conflict", "truce", "ceasefire", "day", "week", "weekend", "month", "year", "years",
        "period", "night", "morning", "city", "town", "area", "region", "province", "country", "battlefronts", "front", "hit",
    }.ToFrozenSet();

    /// <summary>Rule "event saw": "The attack saw dozens suffering respiratory problems", "the battlefronts saw a marked
    /// reduction in violence", "the weekend saw heavy fighting" — a time, place or event that something happened in, not
    /// someone who saw (FA-KES: 5 readings with the attack or the place as speaker).</summary>
    private static bool EventSaw(Word[] w, int i) => Happenings.Contains(Prev(w, i));

    /// <summary>Rule "noun reporting": "other Associated Press reporting of the events", "on the ground reporting from
    /// around the world" — journalism as a noun, not "reporting that …" (FA-KES: 34 readings).</summary>
    private static bool NounReporting(Word[] w, int i) =>
        Next(w, i) is "of" or "from" or "by" || Possessives.Contains(Prev(w, i)) || Genitive(Prev(w, i)) || Prev(w, i) is "ground" or "press" or "news" or "investigative";
}

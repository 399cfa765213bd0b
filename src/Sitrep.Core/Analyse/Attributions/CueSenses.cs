using System.Collections.Frozen;

namespace Sitrep.Analyse.Attributions;

/// <summary>
/// Sense checks for lexicon words that also have a non-reporting use: each is a small named rule that rejects one
/// reading, justified by the false positives it removed on the PolNeAR training split (per-cue precision of the rules,
/// measured with SITREP_CUE_AUDIT; never the dev split). <see cref="CueLexicon.Match"/> asks this before it returns a
/// one-word cue, so the rules, the sentence splitter and the learned features all see the same senses.
/// </summary>
public static partial class CueSenses
{
    /// <summary>Whether the one-word cue <paramref name="form"/> at <paramref name="i"/> reads as reporting here.</summary>
    public static bool Reporting(Word[] w, int i, string form) => form switch
    {
        "called" => !NamingCalled(w, i),
        "show" or "shows" => !NounShow(w, i) && !CaptionShows(w, i),
        "showed" => !CaptionShows(w, i),
        "saw" => !EventSaw(w, i),
        "view" => Next(w, i) is not ("shows" or "showed" or "show"),      // "A general view shows the damage": a caption
        "support" => !NounSupport(w, i),
        "found" => !FoundItself(w, i),
        "pledged" => !PledgedDelegates(w, i),
        "plan" or "plans" or "planned" => !NounPlan(w, i),
        "know" => !DiscourseKnow(w, i),
        "claimed" or "claiming" => !ClaimedLives(w, i),
        "continued" or "continues" => !EventContinued(w, i),
        "blast" or "blasts" => !NounBlast(w, i),
        "ripped" or "rips" or "ripping" => Next(w, i) is not ("through" or "apart" or "open" or "off"),
        "reporting" => !NounReporting(w, i),
        "protests" => !NounProtests(w, i),
        "observed" => Next(w, i) is not ("during" or "since" or "by"),
        "attacked" or "attacking" => !MilitaryAttacked(w, i),
        "backed" or "backing" => !MilitaryBacking(w, i),
        "named" => !NamingNamed(w, i),
        "maintains" or "maintained" or "maintaining" => !KeptMaintained(w, i),
        "suspected" => !AdjectiveSuspected(w, i),
        "reports" or "estimates" => !NounReports(w, i),
        "asked" => !AskedAnonymity(w, i),
        "speak" => !AuthorizedToSpeak(w, i),
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
               || Next(w, i) is "in" or "against" or "erupted" or "broke" or "across" or "over" or "and" or "," or "." or "were" or "have" or "had"
                   or "continue" or "continued" or "continues" or "spread" or "grew";
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

    private static readonly FrozenSet<string> VerbsAfterReports = new[]
    {
        "said", "say", "says", "suggest", "suggests", "suggested", "suggesting", "indicate", "indicated", "indicating",
        "show", "showed", "shows", "emerged", "claimed", "make", "made", "accuse", "accused", "were", "are", "have", "had",
    }.ToFrozenSet();

    /// <summary>Rule "noun reports": "However many reports make doubts", "UN estimates suggest", "Media reports said" — the
    /// plural noun, whose own verb follows, not "the monitor reports that …" (FA-KES: the words before it were read as a
    /// speaker). Not before "put": PolNeAR reads "Initial estimates put the total at 55,000" as the estimates' claim, and
    /// its content is the rules' reading's.</summary>
    private static bool NounReports(Word[] w, int i) => VerbsAfterReports.Contains(Next(w, i));

    /// <summary>Rule "asked not to be named": "Officials who asked not to be named said …" — a condition on the source, not a
    /// request reported (the rules read "not to be named said the convoy was hit" as what was asked).</summary>
    private static bool AskedAnonymity(Word[] w, int i) => Next(w, i) == "not" && Next(w, i, 2) == "to" && Next(w, i, 3) == "be";

    /// <summary>Rule "authorized to speak": "an official who was not authorized to speak publicly said …" — leave to speak,
    /// not speech (the source's clause became a reading that swallowed the real one).</summary>
    private static bool AuthorizedToSpeak(Word[] w, int i) =>
        Prev(w, i) == "to" && Prev(w, i, 2) is "authorized" or "authorised" or "allowed" or "permitted" or "cleared" or "empowered";

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

    /// <summary>Rule "discourse know": "You know, the ones who …", "(Yes, we know, guacamole is extra.)", "the Roger
    /// Ailes we know," — a filler or a relative clause with nothing known after it (train: "know" was right 25 times in 62).</summary>
    private static bool DiscourseKnow(Word[] w, int i) => Next(w, i) is "," or "." or ")" or "" or "it" or "them" or "him" or "her";
}

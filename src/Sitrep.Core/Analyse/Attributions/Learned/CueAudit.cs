using System.Globalization;
using System.Text;
using Sitrep.Evaluation.Attribution;
using Sitrep.Output;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// Evidence for cue decisions, computed on TRAINING articles only (the trainer writes it when SITREP_CUE_AUDIT names a
/// file): how much of the text the cue classifier scores and how many gold cues it can reach; the rules' precision per
/// cue (which cues bring false positives); the lexicon's precision per form (how often a form is a gold cue where it
/// occurs); and the words of gold cues the lexicon never matches, with how often each word is a cue at all.
/// </summary>
public static class CueAudit
{
    public static void Write(string path, IReadOnlyList<TrainingArticle> articles, LearnedReader filter, CueLexicon cues, Func<string, List<Documents.Attribution>> rules)
    {
        var c = CultureInfo.InvariantCulture;
        var o = new StringBuilder();
        Reach(o, articles, filter, c);
        RulesByCue(o, articles, rules, c);
        LexiconForms(o, articles, cues, c);
        MissedWords(o, articles, cues, c);
        File.WriteAllText(path, o.ToString());
    }

    /// <summary>The candidate filter's share of tokens and of gold cues (a cue counts as reachable when one of its tokens is scored).</summary>
    public static (double TokenShare, double CueTokenShare, double CueShare) Coverage(IReadOnlyList<TrainingArticle> articles, LearnedReader filter)
    {
        long tokens = 0, scored = 0, cueTokens = 0, cueScored = 0, cues = 0, reached = 0;
        foreach (var t in articles)
        {
            var candidate = new bool[t.Words.Length];
            for (var i = 0; i < t.Words.Length; i++)
            {
                if (t.Words[i].IsBreak) continue;
                candidate[i] = filter.IsCandidate(t.Words, i);
                tokens++;
                if (candidate[i]) scored++;
                if (t.IsCue[i]) { cueTokens++; if (candidate[i]) cueScored++; }
            }
            foreach (var g in t.Gold)
            {
                if (g.CueFirst < 0) continue;
                cues++;
                for (var k = g.CueFirst; k < g.CueEnd; k++) if (candidate[k]) { reached++; break; }
            }
        }
        return (scored / (double)Math.Max(1, tokens), cueScored / (double)Math.Max(1, cueTokens), reached / (double)Math.Max(1, cues));
    }

    private static void Reach(StringBuilder o, IReadOnlyList<TrainingArticle> articles, LearnedReader filter, CultureInfo c)
    {
        var (share, cueTokens, cues) = Coverage(articles, filter);
        o.AppendLine(string.Create(c, $"# candidate filter: {share:P1} of tokens scored, {cueTokens:P1} of cue tokens, {cues:P1} of gold cues reachable"));
    }

    private static void RulesByCue(StringBuilder o, IReadOnlyList<TrainingArticle> articles, Func<string, List<Documents.Attribution>> rules, CultureInfo c)
    {
        var byCue = new Dictionary<string, (int Predicted, int Hits)>();
        var show = (Environment.GetEnvironmentVariable("SITREP_CUE_AUDIT_SHOW") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var examples = new List<string>();
        foreach (var t in articles)
        {
            var text = t.Source.Text;
            var cp = new CodePointIndex(text);
            var found = rules(text);
            var preds = AttributionTrainer.Predictions(found, cp);
            var hit = AttributionScorer.Match(preds, t.Source.Gold).Pairs.Select(p => p.Pred).ToHashSet();
            for (var p = 0; p < found.Count; p++)
            {
                var key = found[p].Cue.Of(text).ToLowerInvariant().Replace('\n', ' ');
                byCue.TryGetValue(key, out var n);
                byCue[key] = (n.Predicted + 1, n.Hits + (hit.Contains(p) ? 1 : 0));
                if (show.Contains(key))
                {
                    var (cs, ce) = (found[p].Cue.Start, found[p].Cue.End);
                    var before = text[Math.Max(0, cs - 50)..cs].Replace('\n', ' ');
                    var after = text[ce..Math.Min(text.Length, ce + 70)].Replace('\n', ' ');
                    examples.Add($"EX\t{key}\t{(hit.Contains(p) ? "HIT" : "FP ")}\t{before}[{text[cs..ce]}]{after}");
                }
            }
        }
        o.AppendLine("# rules: per cue, predicted / hits / precision, most false positives first");
        foreach (var (key, n) in byCue.Where(kv => kv.Value.Predicted >= 2).OrderByDescending(kv => kv.Value.Predicted - kv.Value.Hits))
            o.AppendLine(string.Create(c, $"RULE\t{key}\t{n.Predicted}\t{n.Hits}\t{n.Hits / (double)n.Predicted:F2}"));
        foreach (var e in examples.Order(StringComparer.Ordinal)) o.AppendLine(e);
    }

    private static void LexiconForms(StringBuilder o, IReadOnlyList<TrainingArticle> articles, CueLexicon cues, CultureInfo c)
    {
        var byForm = new Dictionary<string, (int Seen, int InCue)>();
        foreach (var t in articles)
            for (var i = 0; i < t.Words.Length; i++)
            {
                if (t.Words[i].Quote >= 0 || cues.Match(t.Words, i, _ => true) is not { } m) continue;
                var key = m.Kind + ":" + string.Join(' ', t.Words.Skip(i).Take(m.Length).Select(w => w.Lower));
                byForm.TryGetValue(key, out var n);
                byForm[key] = (n.Seen + 1, n.InCue + (t.IsCue[i] ? 1 : 0));
            }
        o.AppendLine("# lexicon: per matched form (outside quotations), seen / in a gold cue / share, most misses first");
        foreach (var (key, n) in byForm.OrderByDescending(kv => kv.Value.Seen - kv.Value.InCue).Take(200))
            o.AppendLine(string.Create(c, $"LEX\t{key}\t{n.Seen}\t{n.InCue}\t{n.InCue / (double)n.Seen:F2}"));
    }

    private static void MissedWords(StringBuilder o, IReadOnlyList<TrainingArticle> articles, CueLexicon cues, CultureInfo c)
    {
        var total = new Dictionary<string, (int Seen, int InCue)>();
        var missed = new Dictionary<string, int>();
        var missedCues = new Dictionary<string, int>();
        foreach (var t in articles)
        {
            var lexicon = new bool[t.Words.Length];
            for (var i = 0; i < t.Words.Length; i++)
            {
                if (cues.Match(t.Words, i, _ => true) is { } m) for (var k = i; k < i + m.Length && k < lexicon.Length; k++) lexicon[k] = true;
                if (t.Words[i].IsBreak || t.Words[i].Quote >= 0) continue;
                total.TryGetValue(t.Words[i].Lower, out var n);
                total[t.Words[i].Lower] = (n.Seen + 1, n.InCue + (t.IsCue[i] ? 1 : 0));
            }
            foreach (var g in t.Gold)
            {
                if (g.CueFirst < 0) continue;
                var any = false;
                for (var k = g.CueFirst; k < g.CueEnd; k++) any |= lexicon[k];
                if (any) continue;
                var words = t.Words[g.CueFirst..g.CueEnd].Where(w => w.IsWord).Select(w => w.Lower).ToList();
                foreach (var w in words.Distinct()) missed[w] = missed.GetValueOrDefault(w) + 1;
                var key = string.Join(' ', words);
                missedCues[key] = missedCues.GetValueOrDefault(key) + 1;
            }
        }
        o.AppendLine("# gold cues with no lexicon word: per word, missed cues holding it / seen outside quotes / in a gold cue / share");
        foreach (var (w, n) in missed.OrderByDescending(kv => kv.Value).Take(250))
        {
            var (seen, inCue) = total.GetValueOrDefault(w);
            o.AppendLine(string.Create(c, $"MISS\t{w}\t{n}\t{seen}\t{inCue}\t{inCue / (double)Math.Max(1, seen):F2}"));
        }
        o.AppendLine("# ... and per whole cue");
        foreach (var (w, n) in missedCues.OrderByDescending(kv => kv.Value).Take(150))
            o.AppendLine(string.Create(c, $"MISSCUE\t{w}\t{n}"));
    }
}

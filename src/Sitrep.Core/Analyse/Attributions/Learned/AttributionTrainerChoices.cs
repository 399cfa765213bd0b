namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>One cue's candidates as training sees them: each candidate's hashed feature indexes and whether it is a hit
/// with the gold content (<see cref="Best"/>: the best-overlapping one).</summary>
public sealed record ChoiceExample(int[][] Candidates, int Best, bool[] Hits);

/// <summary>The trainer's content chooser: its training examples (each gold cue's candidates, with the rules' cut of the
/// same cue as evidence) and the learner over them.
/// Tried and dropped (branch chooser-trees, commit 7bba3f2): boosted trees over 38 dense per-candidate signals and the
/// perceptron's out-of-fold score as a second stage. 7-fold chooser accuracy 87.08% -> 87.90% (500 trees, depth 5), but
/// pooled held-out train F1 only .7226 -> .7244 with the trees also deciding the swap and feeding the rescorer, dev F1
/// .734 -> .725, training ~10× slower and FA-KES under 1,000 articles/s: the chooser's gains land mostly where the rules
/// already read the cue.</summary>
public sealed partial class AttributionTrainer
{
    private readonly Dictionary<ChoiceExample, string[]> _choiceText = [];

    /// <summary>Each article's examples, extracted once: they depend on the article and the rules' output only, not on the fold.</summary>
    private readonly Dictionary<TrainingArticle, List<ChoiceExample>> _choiceExamples = [];

    private float[] TrainChoices(List<TrainingArticle> articles) => RankingPerceptron(articles.SelectMany(ChoiceExamplesOf).ToList(), ChoiceEpochs, Seed);

    /// <summary>Ranking perceptron: when the best-scoring candidate is not the gold one (the best overlap), move towards
    /// the gold one's features and away from the chosen one's. Tried on the 7-fold chooser accuracy and dropped: counting
    /// every hit as right (86.32% -> 86.34% updating towards the best overlap, 86.14% towards the best-scoring hit), and
    /// averaging three perceptrons of other shuffle seeds (+.0006 held-out train F1).</summary>
    internal static float[] RankingPerceptron(IReadOnlyList<ChoiceExample> examples, int epochs, int seed = 0)
    {
        var perceptron = new AveragedPerceptron(ChoiceFeatures.Bits);
        var random = new Random(23 + seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var (candidates, gold, _) = examples[e];
                var predicted = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < candidates.Length; c++)
                    if (Dot(perceptron.Weights, candidates[c]) is var s && s > bestScore) { bestScore = s; predicted = c; }
                if (predicted != gold)
                {
                    perceptron.Update(candidates[gold], 1f);
                    perceptron.Update(candidates[predicted], -1f);
                }
                perceptron.Tick();
            }
        }
        return perceptron.Averaged();
    }

    /// <summary>The candidate of highest score (the first of equals), as the trained chooser picks.</summary>
    private static int Pick(int[][] candidates, Func<int[], float> score)
    {
        var pick = 0;
        var top = float.NegativeInfinity;
        for (var c = 0; c < candidates.Length; c++) if (score(candidates[c]) is var s && s > top) { top = s; pick = c; }
        return pick;
    }

    /// <summary>One example per gold cue with at least two candidates, one of them a hit (label: the best overlap).</summary>
    private List<ChoiceExample> ChoiceExamplesOf(TrainingArticle t)
    {
        lock (_choiceExamples)
            if (_choiceExamples.TryGetValue(t, out var known)) return known;
        var examples = new List<ChoiceExample>();
        var f = new Features(ChoiceFeatures.Bits);
        var choices = new List<ContentChoice>(4);
        var lister = new ContentChoices(_phrases);
        foreach (var g in t.Gold)
        {
            if (g.CueFirst < 0) continue;
            if (ChoiceExampleFor(t, g, g.CueFirst, g.CueEnd, lister, choices, f) is { } example) examples.Add(example);
        }
        lock (_choiceExamples) _choiceExamples[t] = examples;
        return examples;
    }

    /// <summary>The example of the cue [<paramref name="cueFirst"/>, <paramref name="cueEnd"/>) whose gold attribution is
    /// <paramref name="g"/>; null when the cue leaves its sentence, the lister offers fewer than two candidates or none hits.</summary>
    private ChoiceExample? ChoiceExampleFor(TrainingArticle t, GoldInWords g, int cueFirst, int cueEnd, ContentChoices lister, List<ContentChoice> choices, Features f)
    {
        var unit = t.Units[g.Unit];
        if (cueFirst < unit.First || cueEnd > unit.End) return null;
        Unit? next = g.Unit + 1 < t.Units.Count ? t.Units[g.Unit + 1] : null;
        // The rules' cut of the same cue, as the swap will see it: a feature of every candidate, and a candidate
        // of its own when the lister cannot make it.
        var ruled = _ruled.TryGetValue(t, out var r) ? r : [];
        var cut = RulesCut.For(t.Words, unit, cueFirst, cueEnd, ruled);
        lister.For(t.Words, unit, next, cueFirst, cueEnd, choices);
        if (cut.Exists && !choices.Exists(c => c.First == cut.First && c.End == cut.End)) choices.Add(RulesContentSwap.AsChoice(cut, cueEnd));
        if (choices.Count < 2) return null;
        int gold = -1;
        double best = 0;
        var hit = new bool[choices.Count];
        for (var c = 0; c < choices.Count; c++)
        {
            var s = TrainingArticle.HitScore(t.Words[choices[c].First].Start, t.Words[choices[c].End - 1].End, g.Content);
            hit[c] = s > 0;
            if (s > best) { best = s; gold = c; }
        }
        if (gold < 0)
        {
            if (Environment.GetEnvironmentVariable("SITREP_UNREACH_DUMP") is { } ud)
            {
                string W(int s0, int e0) => t.Source.Text[t.Words[s0].Start..t.Words[e0 - 1].End].Replace('\n', ' ');
                lock (_choiceText) File.AppendAllText(ud, $"cue=[{W(cueFirst, cueEnd)}] unit={W(unit.First, unit.End)}\n  gold={string.Join(" | ", g.Content.Select(c => t.Source.Text[c.Start..c.End].Replace('\n', ' ')))}\n" + string.Concat(choices.Select(c => $"  {c.Kind}: {W(c.First, c.End)}\n")) + "\n");
            }
            return null;
        }
        var candidates = new int[choices.Count][];
        for (var c = 0; c < choices.Count; c++)
        {
            ChoiceFeatures.Extract(t.Words, unit, cueFirst, cueEnd, choices[c], cues, f, cut);
            candidates[c] = f.Indexes.ToArray();
        }
        var example = new ChoiceExample(candidates, gold, hit);
        if (Environment.GetEnvironmentVariable("SITREP_CHOICE_DUMP") is not null)
        {
            string Cut(int s0, int e0) => t.Source.Text[t.Words[s0].Start..t.Words[e0 - 1].End].Replace('\n', ' ');
            var texts = choices.Select(c => $"{c.Kind}:{Cut(c.First, c.End)}").Prepend($"cue=[{Cut(cueFirst, cueEnd)}] unit={Cut(unit.First, unit.End)} gold={string.Join(" | ", g.Content.Select(c => t.Source.Text[c.Start..c.End].Replace('\n', ' ')))}").ToArray();
            lock (_choiceText) _choiceText[example] = texts;
        }
        return example;
    }

    /// <summary>Diagnostics only (SITREP_CHOICE_CV=1): the chooser's accuracy (its pick is a hit) on each fold's held-out
    /// examples, without the rest of training.</summary>
    private void ChoiceCrossCheck(List<TrainingArticle> articles, Action<string> log)
    {
        Func<int[], float> Fit(List<ChoiceExample> examples)
        {
            var w = RankingPerceptron(examples, ChoiceEpochs, Seed);
            return x => Dot(w, x);
        }
        int right = 0, total = 0;
        var fold = FoldOf(articles, HeldOutEvery);
        for (var r = 0; r < HeldOutEvery; r++)
        {
            var score = Fit(articles.Where((_, i) => fold[i] != r).SelectMany(ChoiceExamplesOf).ToList());
            foreach (var e in articles.Where((_, i) => fold[i] == r).SelectMany(ChoiceExamplesOf))
            {
                var pick = Pick(e.Candidates, score);
                total++;
                if (e.Hits[pick]) right++;
                else if (Environment.GetEnvironmentVariable("SITREP_CHOICE_DUMP") is { } dump && _choiceText.TryGetValue(e, out var texts))
                    File.AppendAllText(dump, $"{texts[0]}\n  PICK {texts[pick + 1]}\n  BEST {texts[e.Best + 1]}\n\n");
            }
        }
        log($"choice CV perceptron: {right}/{total} = {100.0 * right / total:F2}%");
        // Reporting only (never for selection): the same accuracy on the dev split's gold cues, trained on all train.
        if (Environment.GetEnvironmentVariable("SITREP_CHOICE_DEV") is { Length: > 0 } root)
        {
            var dev = Evaluation.Attribution.PolnearCorpus.Load(root, "dev").Select(a => TrainingArticle.From(a, cues)).ToList();
            foreach (var d in dev) _ruled[d] = rules(d.Source.Text);
            var score = Fit(articles.SelectMany(ChoiceExamplesOf).ToList());
            int devRight = 0, devTotal = 0;
            foreach (var e in dev.SelectMany(ChoiceExamplesOf))
            {
                devTotal++;
                if (e.Hits[Pick(e.Candidates, score)]) devRight++;
            }
            log($"choice dev perceptron: {devRight}/{devTotal} = {100.0 * devRight / devTotal:F2}%");
        }
    }

    private static float Dot(ReadOnlySpan<float> w, int[] x)
    {
        var s = 0f;
        foreach (var i in x) s += w[i];
        return s;
    }
}

using Sitrep.Documents;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// The last filter of the model configuration: a binary averaged perceptron over <see cref="ReadingFeatures"/> estimates
/// whether each final reading (rules' or learned) is a hit, and the readings it scores below <see cref="AttributionModel.DropBelow"/>
/// are dropped. At P .739 R .681 a dropped set helps only when fewer than about a third of it are hits: vetoing rules
/// readings by the model's cue score alone traded recall for precision one for one; the rescorer adds the rules' kind,
/// the cue word, the content's length and end, the source's form and the sentence's crowding. Trained on the pooled
/// held-out predictions (each training article held out once), its threshold chosen on the same pooled counts with the
/// rescorer itself cross-fitted (never on dev); "never drop" is a point of the grid. Pooled held-out train .7046 -> .7081
/// (drops 4% of the readings), dev .709 -> .716. Tried and dropped (held-out within .001, dev lower): the words around
/// the cue and at the content's end plus the source's head word (.7091, dev .713); the chooser's candidate kind for
/// learned readings (.7082, dev .714); the lexicon's sense and strength of the cue (.7083, dev .715); a lower cue
/// threshold with the rescorer behind it (.7091 at 0.25, dev .716 unchanged).
/// </summary>
public static class ReadingRescorer
{
    public const int Epochs = 8;

    /// <summary>A reading: its kind ("learned" for a proposal) and spans.</summary>
    public readonly record struct Reading(string Kind, TextSpan Content, TextSpan Cue, TextSpan Source);

    public static Reading Of(Attribution a) => new(a.Kind, a.Content, a.Cue, a.Source);

    /// <summary>How many other readings touch each reading's sentence.</summary>
    public static int[] Crowding(Word[] w, List<Unit> units, IReadOnlyList<Reading> readings)
    {
        var unitOf = new int[readings.Count];
        for (var i = 0; i < readings.Count; i++)
        {
            var k = Word.FirstEndingAfter(w, readings[i].Cue.Start);
            var u = 0;
            while (u < units.Count && k >= units[u].End) u++;
            unitOf[i] = u;
        }
        var others = new int[readings.Count];
        for (var i = 0; i < readings.Count; i++)
            for (var j = 0; j < readings.Count; j++)
                if (i != j && unitOf[i] == unitOf[j]) others[i]++;
        return others;
    }

    /// <summary>Each reading's score under <paramref name="weights"/>.</summary>
    public static float[] Score(Word[] w, List<Unit> units, IReadOnlyList<Reading> readings, float[] margins, ReadOnlySpan<float> weights)
    {
        var f = new Features(Bits);
        var others = Crowding(w, units, readings);
        var scores = new float[readings.Count];
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            ReadingFeatures.Extract(w, units, r.Kind, r.Content, r.Cue, r.Source, margins, others[i], f);
            scores[i] = f.Score(weights);
        }
        return scores;
    }

    public const int Bits = ReadingFeatures.Bits;

    /// <summary>Trains on (feature indexes, hit) examples in a fixed shuffled order.</summary>
    public static float[] Train(IReadOnlyList<(int[] Features, bool Hit)> examples, int seed = 31)
    {
        var perceptron = new AveragedPerceptron(Bits);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var e in order)
            {
                var (features, hit) = examples[e];
                var s = 0f;
                foreach (var x in features) s += perceptron.Weights[x];
                if (hit ? s <= 0 : s > 0) perceptron.Update(features, hit ? 1f : -1f);
                perceptron.Tick();
            }
        }
        return perceptron.Averaged();
    }

    /// <summary>The features of every reading, for training.</summary>
    public static List<int[]> Extract(Word[] w, List<Unit> units, IReadOnlyList<Reading> readings, float[] margins)
    {
        var f = new Features(Bits);
        var others = Crowding(w, units, readings);
        var result = new List<int[]>(readings.Count);
        for (var i = 0; i < readings.Count; i++)
        {
            var r = readings[i];
            ReadingFeatures.Extract(w, units, r.Kind, r.Content, r.Cue, r.Source, margins, others[i], f);
            result.Add(f.Indexes.ToArray());
        }
        return result;
    }
}

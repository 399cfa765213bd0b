namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// Training state of a linear model over hashed features: the averaged perceptron (Freund &amp; Schapire 1999; Collins
/// 2002), whose averaged weights generalise about as well as logistic regression and train in one pass per epoch
/// without a learning rate. Averaging uses the lazy trick: w̄ = w − u / c, where u accumulates c·update.
/// </summary>
public sealed class AveragedPerceptron(int bits)
{
    private readonly float[] _weights = new float[1 << bits];
    private readonly float[] _accumulated = new float[1 << bits];
    private int _clock = 1;

    public ReadOnlySpan<float> Weights => _weights;

    /// <summary>Moves the weights of <paramref name="features"/> by <paramref name="delta"/>.</summary>
    public void Update(ReadOnlySpan<int> features, float delta)
    {
        foreach (var i in features)
        {
            _weights[i] += delta;
            _accumulated[i] += _clock * delta;
        }
    }

    /// <summary>One example seen: the clock the average is taken over.</summary>
    public void Tick() => _clock++;

    /// <summary>Binary step: a mistake (or a margin under 1 for a positive) moves the weights towards the label.</summary>
    public bool Learn(Features f, bool positive, float positiveWeight = 1f)
    {
        var score = f.Score(_weights);
        var wrong = positive ? score <= 0 : score > 0;
        if (wrong) Update(f.Indexes, positive ? positiveWeight : -1f);
        Tick();
        return wrong;
    }

    public float[] Averaged()
    {
        var result = new float[_weights.Length];
        for (var i = 0; i < result.Length; i++) result[i] = _weights[i] - _accumulated[i] / _clock;
        return result;
    }
}

using System.Collections.Frozen;
using System.Text;

namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// A trained attribution model: the cue classifier's and the content chooser's weights over hashed features, the cue
/// score a token must pass, and how learned attributions join the rules' ones. Immutable once built, so one instance
/// serves every thread of the pipeline. Written by <c>sitrep train attribution</c>; never shipped in the repository
/// (trained on PolNeAR, it is derived from evaluation data).
///
/// <see cref="CueWords"/> are the words training saw inside cues often enough to be worth scoring: only they and the
/// lexicon's cues are scored, which keeps the stage fast (scoring every token costs ~30 random reads of the weights).
///
/// <see cref="SwapGap"/>: how much the content chooser must prefer its own cut of a rules' cue's content over the rules'
/// one before the model's wins (<see cref="RulesContentSwap"/>; +∞: never).
///
/// File format (little-endian): "SITREP-ATTR" magic, format version, threshold, policy, swap gap, split and replace margins, the cue words (count, strings),
/// then for each of the two weight vectors its bit count and its non-zero weights as (index, value) pairs — weights
/// pruned below <see cref="PruneBelow"/> so the file stays small.
/// </summary>
public sealed class AttributionModel
{
    private const string Magic = "SITREP-ATTR";
    private const int Version = 5;
    /// <summary>Weights this small change no decision measurably; dropping them shrinks the file several times.</summary>
    public const float PruneBelow = 0.01f;

    private readonly float[] _cue;
    private readonly float[] _choice;

    public AttributionModel(float[] cueWeights, float[] choiceWeights, IEnumerable<string> cueWords, float threshold, CombinePolicy policy, float swapGap = RulesContentSwap.Never)
    {
        CueWords = cueWords as FrozenSet<string> ?? cueWords.ToFrozenSet(StringComparer.Ordinal);
        if (cueWeights.Length != 1 << CueFeatures.Bits || choiceWeights.Length != 1 << ChoiceFeatures.Bits)
            throw new ArgumentException("weight vectors do not match the feature sizes");
        _cue = cueWeights;
        _choice = choiceWeights;
        Threshold = threshold;
        Policy = policy;
        SwapGap = swapGap;
    }

    public ReadOnlySpan<float> CueWeights => _cue;
    public ReadOnlySpan<float> ChoiceWeights => _choice;
    public FrozenSet<string> CueWords { get; }
    public float Threshold { get; }
    public CombinePolicy Policy { get; }
    public float SwapGap { get; }
    /// <summary>When a confident learned proposal overrules a rules' reading it collides with (<see cref="RulesOverride"/>).</summary>
    public OverrideMargins Overrides { get; init; } = OverrideMargins.Never;
    /// <summary>The <see cref="ReadingRescorer"/>'s weights (null: no rescoring) and the score below which a final reading is dropped.</summary>
    public float[]? Rescorer { get; init; }
    public float DropBelow { get; init; } = float.NegativeInfinity;
    /// <summary>The boosted-trees rescorer over <see cref="ReadingSignals"/> (null: the perceptron's score is compared with
    /// <see cref="DropBelow"/>; else the trees' score, the perceptron's being one of their signals).</summary>
    public BoostedTrees? Boosted { get; init; }

    public AttributionModel With(float threshold, CombinePolicy policy, float swapGap = RulesContentSwap.Never, OverrideMargins? overrides = null) => new(_cue, _choice, CueWords, threshold, policy, swapGap) { Overrides = overrides ?? Overrides, Rescorer = Rescorer, DropBelow = DropBelow, Boosted = Boosted };

    public AttributionModel WithRescorer(float[]? weights, float dropBelow, BoostedTrees? boosted = null) => new(_cue, _choice, CueWords, Threshold, Policy, SwapGap) { Overrides = Overrides, Rescorer = weights, DropBelow = dropBelow, Boosted = weights is null ? null : boosted };

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }

    public void Save(Stream stream)
    {
        using var w = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(Version);
        w.Write(Threshold);
        w.Write((byte)Policy);
        w.Write(SwapGap);
        w.Write(Overrides.Split);
        w.Write(Overrides.Replace);
        w.Write(CueWords.Count);
        foreach (var word in CueWords.Order(StringComparer.Ordinal)) w.Write(word);
        WriteSparse(w, _cue, CueFeatures.Bits);
        WriteSparse(w, _choice, ChoiceFeatures.Bits);
        w.Write(Rescorer is not null);
        if (Rescorer is null) return;
        w.Write(DropBelow);
        WriteSparse(w, Rescorer, ReadingFeatures.Bits);
        w.Write(Boosted is not null);
        Boosted?.Write(w);
    }

    /// <summary>Reads a model file; a file that is not one (or is cut short) is an <see cref="InvalidDataException"/> naming it.</summary>
    public static AttributionModel Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Load(stream);
        }
        catch (Exception ex) when (ex is EndOfStreamException or FormatException or InvalidDataException or ArgumentException)
        {
            throw new InvalidDataException($"{path} is not a sitrep attribution model ({ex.Message}); train one with 'sitrep train attribution'", ex);
        }
    }

    public static AttributionModel Load(Stream stream)
    {
        using var r = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (stream.CanSeek && stream.Length < Magic.Length + 1 || r.ReadString() != Magic) throw new InvalidDataException("no model header");
        var version = r.ReadInt32();
        if (version != Version) throw new InvalidDataException($"model format {version}, this build reads {Version}");
        var threshold = r.ReadSingle();
        var policy = (CombinePolicy)r.ReadByte();
        var swapGap = r.ReadSingle();
        var overrides = new OverrideMargins(r.ReadSingle(), r.ReadSingle());
        if (!Enum.IsDefined(policy) || !float.IsFinite(threshold) || float.IsNaN(swapGap) || float.IsNaN(overrides.Split) || float.IsNaN(overrides.Replace)) throw new InvalidDataException("bad threshold, policy, swap gap or override margins");
        var wordCount = r.ReadInt32();
        if (wordCount < 0 || wordCount > 1_000_000) throw new InvalidDataException("bad cue word count");
        var words = new string[wordCount];
        for (var k = 0; k < wordCount; k++) words[k] = r.ReadString();
        var cue = ReadSparse(r, CueFeatures.Bits);
        var choice = ReadSparse(r, ChoiceFeatures.Bits);
        float[]? rescorer = null;
        var dropBelow = float.NegativeInfinity;
        BoostedTrees? boosted = null;
        if (r.ReadBoolean())
        {
            dropBelow = r.ReadSingle();
            if (float.IsNaN(dropBelow)) throw new InvalidDataException("bad drop threshold");
            rescorer = ReadSparse(r, ReadingFeatures.Bits);
            if (r.ReadBoolean())
            {
                boosted = BoostedTrees.Read(r);
                if (boosted.FeatureCount != ReadingSignals.Count) throw new InvalidDataException($"{boosted.FeatureCount} reading signals, this build uses {ReadingSignals.Count}");
            }
        }
        return new AttributionModel(cue, choice, words, threshold, policy, swapGap) { Overrides = overrides, Rescorer = rescorer, DropBelow = dropBelow, Boosted = boosted };
    }

    private static void WriteSparse(BinaryWriter w, float[] weights, int bits)
    {
        w.Write(bits);
        var count = 0;
        foreach (var x in weights) if (MathF.Abs(x) >= PruneBelow) count++;
        w.Write(count);
        for (var i = 0; i < weights.Length; i++)
            if (MathF.Abs(weights[i]) >= PruneBelow) { w.Write(i); w.Write(weights[i]); }
    }

    private static float[] ReadSparse(BinaryReader r, int expectedBits)
    {
        var bits = r.ReadInt32();
        if (bits != expectedBits) throw new InvalidDataException($"feature size 2^{bits}, this build uses 2^{expectedBits}");
        var weights = new float[1 << bits];
        var count = r.ReadInt32();
        if (count < 0 || count > weights.Length) throw new InvalidDataException("bad weight count");
        for (var k = 0; k < count; k++)
        {
            var i = r.ReadInt32();
            var v = r.ReadSingle();
            if ((uint)i >= (uint)weights.Length || !float.IsFinite(v)) throw new InvalidDataException("bad weight entry");
            weights[i] = v;
        }
        return weights;
    }
}

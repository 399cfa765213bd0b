namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>
/// A small gradient-boosted ensemble of regression trees for binary labels (logistic loss, Newton leaf values;
/// Friedman 2001, the histogram splits of LightGBM/XGBoost) over DENSE features. The hashed perceptrons add evidence
/// feature by feature; a tree can say "a weak cue AND a long content AND a crowded sentence" — the interactions that
/// decide whether a final reading is right. Splits are searched on at most <see cref="Options.Bins"/> quantile cuts of
/// each feature, level by level. No sampling, sums in a fixed order: the same examples give the same trees.
/// </summary>
public sealed class BoostedTrees
{
    /// <summary>A node: an inner one sends x to <see cref="Left"/> when x[<see cref="Feature"/>] &lt;= <see cref="Threshold"/>;
    /// a leaf (<see cref="Feature"/> -1) adds <see cref="Value"/>.</summary>
    public readonly record struct Node(int Feature, float Threshold, int Left, int Right, float Value);

    /// <param name="Trees">boosting rounds</param>
    /// <param name="Depth">levels of splits per tree</param>
    /// <param name="Rate">shrinkage of each tree's leaf values</param>
    /// <param name="Bins">quantile cuts per feature at most</param>
    /// <param name="MinLeaf">examples a leaf needs at least</param>
    /// <param name="L2">regularisation of the leaf values (added to the hessian sums)</param>
    public sealed record Options(int Trees = 150, int Depth = 3, float Rate = 0.1f, int Bins = 32, int MinLeaf = 30, float L2 = 1f);

    private readonly Node[][] _trees;

    public BoostedTrees(float bias, int features, Node[][] trees)
    {
        Bias = bias;
        FeatureCount = features;
        _trees = trees;
    }

    public float Bias { get; }
    public int FeatureCount { get; }
    public IReadOnlyList<Node[]> Trees => _trees;

    /// <summary>The log-odds that <paramref name="x"/> is positive.</summary>
    public float Score(ReadOnlySpan<float> x)
    {
        var s = Bias;
        foreach (var t in _trees)
        {
            var n = 0;
            while (t[n].Feature >= 0) n = x[t[n].Feature] <= t[n].Threshold ? t[n].Left : t[n].Right;
            s += t[n].Value;
        }
        return s;
    }

    public static BoostedTrees Train(IReadOnlyList<float[]> x, IReadOnlyList<bool> y, Options? options = null)
    {
        var o = options ?? new Options();
        var n = x.Count;
        var d = n == 0 ? 0 : x[0].Length;
        var positives = y.Count(v => v);
        var bias = n == 0 ? 0f : (float)Math.Log((positives + 1.0) / (n - positives + 1.0));
        if (n == 0) return new BoostedTrees(bias, d, []);
        var (cuts, bins) = Bin(x, d, o.Bins);
        var f = new double[n];
        Array.Fill(f, bias);
        var g = new double[n];
        var h = new double[n];
        var nodeOf = new int[n];
        var trees = new Node[o.Trees][];
        for (var t = 0; t < o.Trees; t++)
        {
            for (var i = 0; i < n; i++)
            {
                var p = 1 / (1 + Math.Exp(-f[i]));
                g[i] = p - (y[i] ? 1 : 0);
                h[i] = Math.Max(p * (1 - p), 1e-6);
            }
            var tree = Grow(bins, cuts, d, n, g, h, nodeOf, o);
            for (var i = 0; i < n; i++) f[i] += tree[nodeOf[i]].Value;
            trees[t] = tree;
        }
        return new BoostedTrees(bias, d, trees);
    }

    /// <summary>Per feature the quantile cuts (ascending, distinct) and every example's bin: bin b holds values in
    /// (cut[b-1], cut[b]], the last bin those above every cut.</summary>
    private static (float[][] Cuts, byte[] Bins) Bin(IReadOnlyList<float[]> x, int d, int maxBins)
    {
        var n = x.Count;
        var cuts = new float[d][];
        var bins = new byte[n * d];
        var column = new float[n];
        for (var j = 0; j < d; j++)
        {
            for (var i = 0; i < n; i++) column[i] = x[i][j];
            var sorted = (float[])column.Clone();
            Array.Sort(sorted);
            var list = new List<float>();
            for (var q = 1; q < maxBins; q++)
            {
                var v = sorted[(int)((long)q * n / maxBins)];
                if (v < sorted[n - 1] && (list.Count == 0 || v > list[^1])) list.Add(v);
            }
            cuts[j] = [.. list];
            for (var i = 0; i < n; i++)
            {
                var b = Array.BinarySearch(cuts[j], column[i]);
                bins[i * d + j] = (byte)(b >= 0 ? b : ~b);
            }
        }
        return (cuts, bins);
    }

    /// <summary>One tree, level by level: each open node takes the split of best gain over all features' bins.</summary>
    private static Node[] Grow(byte[] bins, float[][] cuts, int d, int n, double[] g, double[] h, int[] nodeOf, Options o)
    {
        var nodes = new List<Node> { default };
        Array.Clear(nodeOf);
        var open = new List<int> { 0 };
        var maxBins = cuts.Max(c => c.Length) + 1;
        for (var level = 0; level < o.Depth && open.Count > 0; level++)
        {
            var slot = new Dictionary<int, int>();
            for (var s = 0; s < open.Count; s++) slot[open[s]] = s;
            var hg = new double[open.Count * d * maxBins];
            var hh = new double[open.Count * d * maxBins];
            var hc = new int[open.Count * d * maxBins];
            for (var i = 0; i < n; i++)
            {
                if (!slot.TryGetValue(nodeOf[i], out var s)) continue;
                var row = i * d;
                var baseIndex = s * d * maxBins;
                for (var j = 0; j < d; j++)
                {
                    var k = baseIndex + j * maxBins + bins[row + j];
                    hg[k] += g[i];
                    hh[k] += h[i];
                    hc[k]++;
                }
            }
            var next = new List<int>();
            var split = new (int Feature, int Bin)[open.Count];
            for (var s = 0; s < open.Count; s++)
            {
                split[s] = (-1, -1);
                var best = 1e-9;
                for (var j = 0; j < d; j++)
                {
                    var at = s * d * maxBins + j * maxBins;
                    double G = 0, H = 0;
                    var C = 0;
                    for (var b = 0; b <= cuts[j].Length; b++) { G += hg[at + b]; H += hh[at + b]; C += hc[at + b]; }
                    var parent = G * G / (H + o.L2);
                    double gl = 0, hl = 0;
                    var cl = 0;
                    for (var b = 0; b < cuts[j].Length; b++)
                    {
                        gl += hg[at + b]; hl += hh[at + b]; cl += hc[at + b];
                        if (cl < o.MinLeaf) continue;
                        if (C - cl < o.MinLeaf) break;
                        var gain = gl * gl / (hl + o.L2) + (G - gl) * (G - gl) / (H - hl + o.L2) - parent;
                        if (gain > best) { best = gain; split[s] = (j, b); }
                    }
                }
            }
            for (var s = 0; s < open.Count; s++)
            {
                var (j, b) = split[s];
                if (j < 0) continue;
                var left = nodes.Count;
                nodes.Add(default);
                nodes.Add(default);
                nodes[open[s]] = new Node(j, cuts[j][b], left, left + 1, 0);
                next.Add(left);
                next.Add(left + 1);
            }
            for (var i = 0; i < n; i++)
            {
                if (!slot.TryGetValue(nodeOf[i], out var s) || split[s].Feature < 0) continue;
                var node = nodes[nodeOf[i]];
                nodeOf[i] = bins[i * d + split[s].Feature] <= split[s].Bin ? node.Left : node.Right;
            }
            open = next;
        }
        // Leaves: Newton steps −G/(H+λ), shrunk by the rate.
        var sg = new double[nodes.Count];
        var sh = new double[nodes.Count];
        for (var i = 0; i < n; i++) { sg[nodeOf[i]] += g[i]; sh[nodeOf[i]] += h[i]; }
        var result = nodes.ToArray();
        for (var k = 0; k < result.Length; k++)
            if (result[k].Left == 0 && result[k].Right == 0) result[k] = new Node(-1, 0, 0, 0, (float)(-sg[k] / (sh[k] + o.L2) * o.Rate));
        return result;
    }

    public void Write(BinaryWriter w)
    {
        w.Write(Bias);
        w.Write(FeatureCount);
        w.Write(_trees.Length);
        foreach (var t in _trees)
        {
            w.Write(t.Length);
            foreach (var x in t) { w.Write(x.Feature); w.Write(x.Threshold); w.Write(x.Left); w.Write(x.Right); w.Write(x.Value); }
        }
    }

    public static BoostedTrees Read(BinaryReader r)
    {
        var bias = r.ReadSingle();
        var features = r.ReadInt32();
        var count = r.ReadInt32();
        if (features < 0 || features > 10_000 || count < 0 || count > 100_000 || !float.IsFinite(bias)) throw new InvalidDataException("bad tree ensemble header");
        var trees = new Node[count][];
        for (var t = 0; t < count; t++)
        {
            var size = r.ReadInt32();
            if (size < 1 || size > 1 << 16) throw new InvalidDataException("bad tree size");
            var tree = trees[t] = new Node[size];
            for (var k = 0; k < size; k++)
            {
                var node = new Node(r.ReadInt32(), r.ReadSingle(), r.ReadInt32(), r.ReadInt32(), r.ReadSingle());
                var inner = node.Feature >= 0;
                if (inner && (node.Feature >= features || node.Left <= k || node.Right <= k || node.Left >= size || node.Right >= size || float.IsNaN(node.Threshold))
                    || !inner && (node.Feature != -1 || !float.IsFinite(node.Value)))
                    throw new InvalidDataException("bad tree node");
                tree[k] = node;
            }
        }
        return new BoostedTrees(bias, features, trees);
    }
}

using System.Text;

namespace Sitrep.Tests.AttributionLearned;

/// <summary>The brat standoff of one synthetic article: each attribution as Source, Cue ("blorfed"), Content and the
/// event linking them, numbered as PolNeAR numbers them.</summary>
public sealed class BratLines
{
    private readonly StringBuilder _lines = new();
    private int _t = 1;
    private int _e = 1;

    public void Add(int sourceStart, string source, int cueStart, int contentStart, string content)
    {
        var (s, c, k, t) = (sourceStart, cueStart, contentStart, _t);
        _lines.Append($"T{t}\tSource {s} {s + source.Length}\t{source}\n");
        _lines.Append($"T{t + 1}\tCue {c} {c + 7}\tblorfed\n");
        _lines.Append($"T{t + 2}\tContent {k} {k + content.Length}\t{content}\n");
        _lines.Append($"T{t + 3}\tAttribution {c} {c + 7}\tblorfed\n");
        _lines.Append($"E{_e++}\tAttribution:T{t + 3} Content:T{t + 2} Cue:T{t + 1} Source:T{t}\n");
        _t += 4;
    }

    public override string ToString() => _lines.ToString();
}

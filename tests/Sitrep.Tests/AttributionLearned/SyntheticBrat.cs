using System.Text;

namespace Sitrep.Tests.AttributionLearned;

/// <summary>
/// Writes a tiny brat-annotated corpus in PolNeAR's layout (DIR/train/text/NAME.txt, DIR/train/attributions/NAME_a.ann)
/// whose reporting verb is invented ("blorfed"), so no lexicon knows it and only training can teach it.
/// Each sentence is "SOURCE blorfed CONTENT." with Source, Cue and Content spans annotated.
/// </summary>
public sealed class SyntheticBrat : IDisposable
{
    public static readonly (string Source, string Content)[][] Articles =
    [
        [("Minister Ivanov", "that the convoy had reached Aleppo"), ("The spokesman", "that the talks would resume on Monday")],
        [("Colonel Dillon", "that the strikes hit a depot near Raqqa"), ("Officials", "that the border crossing stayed closed")],
        [("The governor", "that aid trucks were waiting at the checkpoint"), ("Ambassador Kerry", "that the ceasefire was holding")],
        [("The ministry", "that two fighters were killed in the raid"), ("Rebel commanders", "that the town had fallen")],
    ];

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "sitrep-brat-" + Guid.NewGuid().ToString("N"));

    public SyntheticBrat()
    {
        var text = Path.Combine(Root, "train", "text");
        var ann = Path.Combine(Root, "train", "attributions");
        Directory.CreateDirectory(text);
        Directory.CreateDirectory(ann);
        for (var a = 0; a < Articles.Length; a++)
        {
            var body = new StringBuilder("The fighting went on through the night and the roads stayed empty.\n\n");
            var lines = new BratLines();
            foreach (var (source, content) in Articles[a])
            {
                var s = body.Length;
                body.Append(source).Append(' ');
                var c = body.Length;
                body.Append("blorfed ");
                var k = body.Length;
                body.Append(content).Append(".\n\n");
                lines.Add(s, source, c, k, content);
            }
            body.Append("Residents said little about the weather.\n");
            File.WriteAllText(Path.Combine(text, $"article{a}.txt"), body.ToString());
            File.WriteAllText(Path.Combine(ann, $"article{a}_a.ann"), lines.ToString());
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}

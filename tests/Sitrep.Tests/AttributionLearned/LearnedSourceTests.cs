using System.Text;
using AwesomeAssertions;
using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Learned;
using Sitrep.Evaluation.Attribution;
using Xunit;

namespace Sitrep.Tests.AttributionLearned;

/// <summary>
/// Issue 5: a learned attribution finds its source with the rules' subject finder, not by word order. The invented cue
/// "blorfed" is known to no lexicon, so every attribution in these texts is the learned part's; the corpus teaches it in
/// three word orders (subject first, inverted after a quotation, pronoun after a quotation).
/// </summary>
public class LearnedSourceTests : IClassFixture<LearnedSourceTests.Trained>
{
    public sealed class Trained : IDisposable
    {
        public string Root { get; } = Path.Combine(Path.GetTempPath(), "sitrep-brat-src-" + Guid.NewGuid().ToString("N"));
        public AttributionModel Model { get; }

        public Trained()
        {
            WriteCorpus(Root);
            var trainer = new AttributionTrainer(CueLexicon.Default, SourceWords.Default, _ => []);
            (Model, _) = trainer.Train(PolnearCorpus.Load(Root, "train"));
        }

        public void Dispose()
        {
            try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
        }
    }

    private static readonly (string Source, string Claim)[] Facts =
    [
        ("Minister Ivanov", "the convoy had reached Aleppo"), ("The spokesman", "the talks would resume on Monday"),
        ("Colonel Dillon", "the strikes hit a depot near Raqqa"), ("Officials", "the border crossing stayed closed"),
        ("The governor", "aid trucks were waiting at the checkpoint"), ("Ambassador Kerry", "the ceasefire was holding"),
        ("The ministry", "two fighters were killed in the raid"), ("Rebel commanders", "the town had fallen"),
        ("General Haftar", "the airport was under fire"), ("The mayor", "the water supply was cut"),
        ("Captain Rossi", "the ship had left the port"), ("The envoy", "a new round of talks was planned"),
    ];

    /// <summary>Six articles of three sentences: "S blorfed that C.", "“C,” blorfed S." and "“C,” he blorfed."</summary>
    private static void WriteCorpus(string root)
    {
        var text = Path.Combine(root, "train", "text");
        var ann = Path.Combine(root, "train", "attributions");
        Directory.CreateDirectory(text);
        Directory.CreateDirectory(ann);
        for (var a = 0; a < 6; a++)
        {
            var body = new StringBuilder("The fighting went on through the night and the roads stayed empty.\n\n");
            var lines = new BratLines();
            var (s1, c1) = Facts[(2 * a) % Facts.Length];
            var (s2, c2) = Facts[(2 * a + 1) % Facts.Length];
            var (_, c3) = Facts[(2 * a + 5) % Facts.Length];
            // Subject first.
            var s = body.Length;
            body.Append(s1).Append(" blorfed ");
            var k = body.Length;
            var content = "that " + c1;
            body.Append(content).Append(".\n\n");
            lines.Add(s, s1, s - 0 + s1.Length + 1, k, content);
            // Inverted after a quotation.
            k = body.Length;
            content = "“" + Capital(c2) + ",”";
            body.Append(content).Append(' ');
            var c = body.Length;
            body.Append("blorfed ");
            s = body.Length;
            body.Append(Lower(s2)).Append(".\n\n");
            lines.Add(s, Lower(s2), c, k, content);
            // Pronoun after a quotation.
            k = body.Length;
            content = "“" + Capital(c3) + ",”";
            body.Append(content).Append(' ');
            s = body.Length;
            body.Append("he ");
            c = body.Length;
            body.Append("blorfed.\n\n");
            lines.Add(s, "he", c, k, content);
            body.Append("Residents said little about the weather.\n");
            File.WriteAllText(Path.Combine(text, $"article{a}.txt"), body.ToString());
            File.WriteAllText(Path.Combine(ann, $"article{a}_a.ann"), lines.ToString());
        }
    }

    private static string Capital(string x) => char.ToUpperInvariant(x[0]) + x[1..];
    private static string Lower(string x) => x.StartsWith("The ", StringComparison.Ordinal) ? "the " + x[4..] : x;

    private readonly Trained _trained;

    public LearnedSourceTests(Trained trained) => _trained = trained;

    [Fact]
    public void An_inverted_cue_takes_the_titled_name_after_it()
    {
        const string body = "Shelling resumed after dawn.\n\n“The bridge over the river was destroyed,” blorfed former envoy Ivan Petrov, the garrison commander.\n";
        var a = new AttributionStage(_trained.Model).Read(body, []).Should().ContainSingle().Subject;
        a.Cue.Of(body).Should().Be("blorfed");
        a.Content.Of(body).Should().StartWith("“The bridge over the river was destroyed");
        a.Source.Of(body).Should().Be("former envoy Ivan Petrov");
    }

    [Fact]
    public void A_pronoun_subject_is_found_past_the_time_words_between_it_and_the_cue()
    {
        // Word order alone took "Monday" (the capitalised word before the cue) for the source.
        const string body = "Shelling resumed after dawn.\n\nHe on Monday blorfed that the bridge over the river was destroyed.\n";
        var a = new AttributionStage(_trained.Model).Read(body, []).Should().ContainSingle().Subject;
        a.Cue.Of(body).Should().Be("blorfed");
        a.Content.Of(body).Should().Be("that the bridge over the river was destroyed");
        a.Source.Of(body).Should().Be("He");
    }

    [Theory]
    [InlineData("Rebel forces on Sunday blorfed that the bridge over the river was destroyed.", "Rebel forces")]
    [InlineData("The directorate of health early on Saturday blorfed that the bridge over the river was destroyed.", "directorate of health")]
    public void A_day_between_an_unknown_subject_and_the_cue_is_never_the_speaker(string sentence, string source)
    {
        // FA-KES with a model: "Syrian opposition forces on Sunday claimed …" went to the speaker "Sunday" (8 readings).
        var body = "Shelling resumed after dawn.\n\n" + sentence + "\n";
        var a = new AttributionStage(_trained.Model).Read(body, []).Should().ContainSingle().Subject;
        a.Cue.Of(body).Should().Be("blorfed");
        a.Source.Of(body).Should().EndWith(source, "the source read was \"{0}\"", a.Source.Of(body));
    }
}

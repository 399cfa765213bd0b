using AwesomeAssertions;
using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Learned;
using Sitrep.Documents;
using Sitrep.Evaluation.Attribution;
using Xunit;

namespace Sitrep.Tests.AttributionLearned;

public class LearnedAttributionTests : IClassFixture<LearnedAttributionTests.Trained>
{
    /// <summary>One model per test run, trained on the synthetic corpus (a second or two).</summary>
    public sealed class Trained : IDisposable
    {
        public SyntheticBrat Corpus { get; } = new();
        public AttributionModel Model { get; }
        public TrainingReport Report { get; }

        public Trained()
        {
            var trainer = new AttributionTrainer(CueLexicon.Default, SourceWords.Default, _ => []);
            (Model, Report) = trainer.Train(PolnearCorpus.Load(Corpus.Root, "train"));
        }

        public void Dispose() => Corpus.Dispose();
    }

    private const string Unseen = "Shelling resumed after dawn.\n\nGeneral Petrov blorfed that the bridge over the river was destroyed.\n";
    private static readonly AttributionStage Rules = new((AttributionModel?)null);
    private readonly Trained _trained;

    public LearnedAttributionTests(Trained trained) => _trained = trained;

    [Fact]
    public void The_rules_alone_do_not_know_the_invented_cue()
    {
        Rules.Read(Unseen, []).Should().BeEmpty();
    }

    [Fact]
    public void A_model_trained_on_the_invented_cue_finds_it_in_a_new_sentence()
    {
        var stage = new AttributionStage(_trained.Model);
        var a = stage.Read(Unseen, []).Should().ContainSingle().Subject;
        a.Cue.Of(Unseen).Should().Be("blorfed");
        a.Content.Of(Unseen).Should().Be("that the bridge over the river was destroyed");
        a.Source.Of(Unseen).Should().Be("General Petrov");
        a.Kind.Should().Be("indirect");
    }

    [Fact]
    public void Training_reports_what_it_learned_from()
    {
        _trained.Report.Articles.Should().Be(SyntheticBrat.Articles.Length);
        _trained.Report.ChoiceExamples.Should().Be(SyntheticBrat.Articles.Sum(a => a.Length));
        _trained.Model.CueWords.Should().Contain("blorfed");
    }

    [Fact]
    public void Without_a_model_the_stage_gives_the_rules_output()
    {
        const string body = "“The convoy will not pass,” Lavrov said on Monday.\n\nThe ministry stressed that talks would go on.\n";
        var plain = new AttributionStage();
        var rules = Rules.Read(body, []);
        rules.Should().HaveCount(2);
        plain.Read(body, []).Should().Equal(rules);
    }

    [Fact]
    public void A_saved_model_reads_back_with_the_same_decisions()
    {
        var path = Path.Combine(_trained.Corpus.Root, "model.bin");
        _trained.Model.Save(path);
        var loaded = AttributionModel.Load(path);
        loaded.Threshold.Should().Be(_trained.Model.Threshold);
        loaded.Policy.Should().Be(_trained.Model.Policy);
        loaded.CueWords.Should().BeEquivalentTo(_trained.Model.CueWords);
        new AttributionStage(loaded).Read(Unseen, []).Should().Equal(new AttributionStage(_trained.Model).Read(Unseen, []));
    }

    [Fact]
    public void A_file_that_is_not_a_model_is_a_clear_error_naming_it()
    {
        var path = Path.Combine(_trained.Corpus.Root, "not-a-model.bin");
        File.WriteAllText(path, "id,text\n1,hello\n");
        var act = () => AttributionModel.Load(path);
        act.Should().Throw<InvalidDataException>().WithMessage($"*{path}*not a sitrep attribution model*");
    }

    [Fact]
    public void A_model_cut_short_is_a_clear_error()
    {
        using var full = new MemoryStream();
        _trained.Model.Save(full);
        var path = Path.Combine(_trained.Corpus.Root, "cut.bin");
        File.WriteAllBytes(path, full.ToArray()[..(int)(full.Length / 2)]);
        var act = () => AttributionModel.Load(path);
        act.Should().Throw<InvalidDataException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"\"\"\" blorfed blorfed blorfed")]
    [InlineData("blorfed")]
    [InlineData("X blorfed: “")]
    public void Hostile_text_never_crashes_the_learned_reader(string body) =>
        new AttributionStage(_trained.Model).Read(body, []).Should().NotBeNull();
}

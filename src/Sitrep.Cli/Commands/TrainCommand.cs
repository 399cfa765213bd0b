using System.CommandLine;
using System.Globalization;
using Sitrep.Analyse.Attributions;
using Sitrep.Analyse.Attributions.Learned;
using Sitrep.Evaluation.Attribution;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep train attribution --data DIR --out FILE</c>: trains the learned attribution model on brat-annotated
/// articles (DIR/train/{text,attributions}, as PolNeAR ships, or DIR/{text,attributions}) and writes it to FILE.
/// The model is derived from its training data, so it is written where the user says, never into the repository;
/// the stages use it when SITREP_ATTRIBUTION_MODEL names it (<c>eval attribution --model FILE</c> to measure it).
/// </summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Annotated articles: a folder with train/text and train/attributions (PolNeAR), or text and attributions.", DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "attribution-polnear") };
        var output = new Option<string>("--out") { Description = "Write the model to this file.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Shift the learners' shuffle seeds (0: the default). Train several and score them together with 'eval attribution --model A --model B ...' to see how much of a difference the shuffle alone makes.", DefaultValueFactory = _ => 0 };
        var attribution = new Command("attribution", "Train the learned attribution model (cue classifier and content chooser) on brat-annotated articles.") { data, output, seed };
        attribution.SetAction(p =>
        {
            var dir = p.GetValue(data)!;
            var (root, split) = PolnearCorpus.Exists(dir, "train") ? (dir, "train") : (Path.GetDirectoryName(Path.GetFullPath(dir)) ?? ".", Path.GetFileName(Path.GetFullPath(dir)));
            if (!PolnearCorpus.Exists(root, split))
            {
                Console.Error.WriteLine($"sitrep train: no train/attributions or attributions folder under {dir}");
                return ExitCodes.Usage;
            }
            var articles = PolnearCorpus.Load(root, split);
            if (articles.Count == 0 || articles.All(a => a.Gold.Count == 0))
            {
                Console.Error.WriteLine($"sitrep train: no annotated articles under {Path.Combine(root, split)}");
                return ExitCodes.Usage;
            }
            var rules = new AttributionStage((AttributionModel?)null);
            var trainer = new AttributionTrainer(CueLexicon.Default, SourceWords.Default, text => rules.Read(text, [])) { Seed = p.GetValue(seed) };
            var (model, report) = trainer.Train(articles, line => Console.Error.WriteLine($"train: {line}"));
            var path = p.GetValue(output)!;
            try { model.Save(path); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"sitrep train: cannot write {path}: {ex.Message}");
                return ExitCodes.Failure;
            }
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"trained on {report.Articles} articles ({report.Tokens:N0} tokens, {report.CueTokens:N0} in cues, {report.ChoiceExamples:N0} attributions with a cue) in {report.Elapsed.TotalSeconds:F1} s"));
            if (report.HeldOut > 0)
                Console.WriteLine(string.Create(c, $"tuned on {report.HeldOut} held-out training articles: content F1 {report.RulesF1:F3} rules alone -> {report.CombinedF1:F3} with the model (P {report.CombinedPrecision:F3} R {report.CombinedRecall:F3}); threshold {report.Threshold:F2}, policy {report.Policy}"));
            Console.WriteLine($"model: {path} ({new FileInfo(path).Length / 1024.0:F0} KB); use it with {ModelSetting.Variable}={path} or 'sitrep eval attribution --model {path}'");
            return ExitCodes.Ok;
        });
        return new Command("train", "Train a learned component on annotated data.") { attribution };
    }
}

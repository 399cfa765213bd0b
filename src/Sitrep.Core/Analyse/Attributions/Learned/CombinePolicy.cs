namespace Sitrep.Analyse.Attributions.Learned;

/// <summary>How learned attributions join the rules' ones. The rules are precise where they fire, so the model only
/// fills gaps: <see cref="EmptySentences"/> adds to reporting sentences where the rules found nothing;
/// <see cref="NoOverlap"/> adds wherever a learned cue and content touch none of the rules' spans;
/// <see cref="ModelFirst"/> keeps every learned attribution and only the rules' ones that touch none of them
/// (when the model, tuned on held-out articles, reads better than the rules where both fire).</summary>
public enum CombinePolicy : byte { EmptySentences = 0, NoOverlap = 1, ModelFirst = 2 }

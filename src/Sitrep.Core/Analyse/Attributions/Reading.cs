namespace Sitrep.Analyse.Attributions;

/// <summary>A candidate with its speaker resolved, while conflicts are settled; <see cref="Via"/> is the outlet that carried the words.</summary>
public sealed class Reading(Candidate candidate, Speaker speaker, int paragraph)
{
    public Candidate Candidate { get; set; } = candidate;
    public Speaker Speaker { get; } = speaker;
    public int Paragraph { get; } = paragraph;
    public string? Via { get; set; }
    public int ContentStart => Candidate.ContentStart;
    public int ContentEnd => Candidate.ContentEnd;
}

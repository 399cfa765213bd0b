namespace Sitrep.Analyse.Attributions;

/// <summary>A candidate with its speaker resolved, while conflicts are settled; <see cref="Via"/> is the outlet that carried the words.</summary>
public sealed class Reading(Candidate candidate, Speaker speaker, int paragraph)
{
    public Candidate Candidate { get; set; } = candidate;
    public Speaker Speaker { get; } = speaker;
    public int Paragraph { get; } = paragraph;
    public string? Via { get; set; }
    /// <summary>Who passed the words on without being their speaker ("according to the ministry, Lapin stated …"): the
    /// reading's <see cref="Via"/> when no outlet carried them.</summary>
    public string? Relay { get; set; }
    public int ContentStart => Candidate.ContentStart;
    public int ContentEnd => Candidate.ContentEnd;
}

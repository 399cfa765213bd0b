using Sitrep.Analyse.Places.Outlets;

namespace Sitrep.Analyse.Places.Evaluation;

/// <summary>
/// Outlet profiles for scoring a corpus that names its outlets (LGL), honestly: a first pass resolves every
/// article without any profile and keeps its sightings (<see cref="OutletSightings"/>, never the
/// gold); each article is then resolved with its outlet's profile minus its own sightings, as if the profile
/// had been learned from the rest of the outlet's stream.
/// </summary>
public sealed class LeaveOneOutOutlets
{
    private readonly OutletProfiles _profiles;
    private readonly Dictionary<GeoArticle, List<OutletSighting>> _own;

    private LeaveOneOutOutlets(OutletProfiles profiles, Dictionary<GeoArticle, List<OutletSighting>> own) => (_profiles, _own) = (profiles, own);

    public OutletProfiles Profiles => _profiles;

    /// <summary>Null when no article names its outlet (GeoWebNews, GeoVirus): there is nothing to learn.</summary>
    public static LeaveOneOutOutlets? Learn(IReadOnlyList<GeoArticle> articles, Func<GeoArticle, List<OutletSighting>> sightings)
    {
        if (articles.All(a => OutletProfiles.DomainOf(a.Url) is null)) return null;
        var own = new Dictionary<GeoArticle, List<OutletSighting>>(ReferenceEqualityComparer.Instance);
        foreach (var a in articles) own[a] = sightings(a);
        return new(OutletProfiles.Build(articles.Select(a => (a.Url, (IReadOnlyCollection<OutletSighting>)own[a]))), own);
    }

    /// <summary>The profile of the article's outlet without the article's own sightings.</summary>
    public OutletProfile? For(GeoArticle article) => _profiles.For(article.Url, _own.GetValueOrDefault(article));
}

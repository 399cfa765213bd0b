namespace Sitrep.Knowledge;

/// <summary>Collects places from several sources, merging records that share a GeoNames id (the later
/// source adds its names; the first keeps its coordinates), then packs them into a <see cref="Gazetteer"/>.</summary>
public sealed class GazetteerBuilder
{
    private readonly List<PlaceRecord> _places = [];
    private readonly Dictionary<long, int> _byId = [];
    private readonly Dictionary<long, List<string>> _extraNames = [];
    private readonly List<string> _provenance = [];

    public int Count => _places.Count;

    public GazetteerBuilder AddProvenance(string note) { _provenance.Add(note); return this; }

    public bool Contains(long geonameId) => _byId.ContainsKey(geonameId);

    public void Add(PlaceRecord place)
    {
        if (place.GeonameId is { } id && _byId.TryGetValue(id, out var existing))
        {
            AddNames(id, [place.Name, .. place.AltNames]);
            if (place.Curated) _places[existing] = _places[existing] with { Curated = true };
            return;
        }
        if (place.GeonameId is { } newId) _byId[newId] = _places.Count;
        _places.Add(place);
    }

    /// <summary>Alternate names for a place already added (GeoNames alternateNames file).</summary>
    public void AddNames(long geonameId, IEnumerable<string> names)
    {
        if (!_byId.ContainsKey(geonameId)) return;
        if (!_extraNames.TryGetValue(geonameId, out var list)) _extraNames[geonameId] = list = [];
        list.AddRange(names);
    }

    /// <summary>Moves every country record (feature code PCL*) named in <paramref name="points"/> to its
    /// reference point (see <see cref="CountryPointsReader"/>). Returns how many moved.</summary>
    public int MoveCountries(IReadOnlyDictionary<string, (double Lat, double Lon)> points)
    {
        var moved = 0;
        for (var i = 0; i < _places.Count; i++)
        {
            var p = _places[i];
            if (p.FeatureClass != 'A' || !p.FeatureCode.StartsWith("PCL", StringComparison.Ordinal)) continue;
            if (!points.TryGetValue(p.Country, out var point)) continue;
            _places[i] = p with { Lat = point.Lat, Lon = point.Lon };
            moved++;
        }
        return moved;
    }

    public Gazetteer Build()
    {
        var places = new List<PlaceRecord>(_places.Count);
        foreach (var p in _places)
            places.Add(p.GeonameId is { } id && _extraNames.TryGetValue(id, out var extra)
                ? p with { AltNames = [.. p.AltNames, .. extra] }
                : p);
        return new Gazetteer(places, [.. _provenance]);
    }
}

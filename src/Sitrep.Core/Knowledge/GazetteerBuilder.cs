namespace Sitrep.Knowledge;

/// <summary>Collects places from several sources, merging records that share a GeoNames id (the later
/// source adds its names; the first keeps its coordinates), then packs them into a <see cref="Gazetteer"/>.
/// A curated row without an id that repeats a known region's or country's name, feature code and country
/// ("South Korea", A, PCLI, KR) adds its names to that place too: countries come from a table without ids,
/// and this is how the curated tables give them more names and demonyms ("Korea", "~Korean").</summary>
public sealed class GazetteerBuilder
{
    private readonly List<PlaceRecord> _places = [];
    private readonly Dictionary<long, int> _byId = [];
    private readonly Dictionary<int, List<string>> _extraNames = [];    // by index into _places
    private readonly Dictionary<string, int> _byRegionName = [];        // class A and L records by NameKeyOf
    private readonly List<string> _provenance = [];

    public int Count => _places.Count;

    public GazetteerBuilder AddProvenance(string note) { _provenance.Add(note); return this; }

    public bool Contains(long geonameId) => _byId.ContainsKey(geonameId);

    public void Add(PlaceRecord place)
    {
        if (place.GeonameId is { } id && _byId.TryGetValue(id, out var existing))
        {
            AddNamesAt(existing, [place.Name, .. place.AltNames]);
            if (place.Curated) _places[existing] = _places[existing] with { Curated = true };
            return;
        }
        var regional = place.FeatureClass is 'A' or 'L';
        if (regional && place.Curated && place.GeonameId is null && _byRegionName.TryGetValue(NameKeyOf(place), out var same))
        {
            AddNamesAt(same, place.AltNames);
            return;
        }
        if (place.GeonameId is { } newId) _byId[newId] = _places.Count;
        if (regional) _byRegionName.TryAdd(NameKeyOf(place), _places.Count);
        _places.Add(place);
    }

    private static string NameKeyOf(PlaceRecord p) => string.Join('\t', p.Name, p.FeatureClass, p.FeatureCode, p.Country);

    /// <summary>Alternate names for a place already added (GeoNames alternateNames file).</summary>
    public void AddNames(long geonameId, IEnumerable<string> names)
    {
        if (_byId.TryGetValue(geonameId, out var index)) AddNamesAt(index, names);
    }

    private void AddNamesAt(int index, IEnumerable<string> names)
    {
        if (!_extraNames.TryGetValue(index, out var list)) _extraNames[index] = list = [];
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
        for (var i = 0; i < _places.Count; i++)
        {
            var p = _places[i];
            places.Add(_extraNames.TryGetValue(i, out var extra) ? p with { AltNames = [.. p.AltNames, .. extra] } : p);
        }
        return new Gazetteer(places, [.. _provenance]);
    }
}

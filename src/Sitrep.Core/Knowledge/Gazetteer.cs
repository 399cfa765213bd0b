namespace Sitrep.Knowledge;

/// <summary>
/// The gazetteer, packed once into parallel arrays plus two name indexes (folded name → places,
/// spelling key → places). Immutable after construction, so every pipeline thread reads it freely.
/// </summary>
public sealed class Gazetteer
{
    private readonly long[] _ids;          // 0 = no GeoNames id
    private readonly string[] _names;
    private readonly float[] _lats, _lons;
    private readonly char[] _classes;
    private readonly string[] _codes, _countries, _admin1;
    private readonly long[] _populations;
    private readonly bool[] _curated;
    private readonly Dictionary<string, List<int>> _byFolded;   // kept as built: copying 200k entries to arrays costs load time
    private readonly Dictionary<string, List<int>> _byKey;
    private readonly Dictionary<long, int> _byId;
    private readonly Dictionary<string, int> _maxTokensByFirst;      // first folded word → most words of a name it starts
    private readonly Dictionary<string, int> _maxKeyTokensByFirst;   // the same over spelling keys
    private readonly Dictionary<string, int> _countryByCode;
    private readonly HashSet<string> _demonyms;   // folded: "russian", "syrian"

    /// <summary>Where the data came from and under which licence, for the record.</summary>
    public IReadOnlyList<string> Provenance { get; }
    public int Count => _names.Length;

    internal Gazetteer(IReadOnlyList<PlaceRecord> places, IReadOnlyList<string> provenance)
    {
        var n = places.Count;
        _ids = new long[n]; _names = new string[n]; _lats = new float[n]; _lons = new float[n];
        _classes = new char[n]; _codes = new string[n]; _countries = new string[n]; _admin1 = new string[n];
        _populations = new long[n]; _curated = new bool[n];
        var folded = new Dictionary<string, List<int>>(n * 2);
        var keyed = new Dictionary<string, List<int>>(n * 2);
        var byId = new Dictionary<long, int>(n);
        var countries = new Dictionary<string, int>();
        var demonyms = new HashSet<string>(StringComparer.Ordinal);
        var intern = new Dictionary<string, string>();
        string Intern(string s) => intern.TryGetValue(s, out var v) ? v : intern[s] = s;

        for (var i = 0; i < n; i++)
        {
            var p = places[i];
            _ids[i] = p.GeonameId ?? 0; _names[i] = p.Name; _lats[i] = (float)p.Lat; _lons[i] = (float)p.Lon;
            _classes[i] = p.FeatureClass; _codes[i] = Intern(p.FeatureCode); _countries[i] = Intern(p.Country);
            _admin1[i] = Intern(p.Admin1); _populations[i] = p.Population; _curated[i] = p.Curated;
            if (p.GeonameId is { } id) byId.TryAdd(id, i);
            if (p.FeatureClass == 'A' && p.FeatureCode.StartsWith("PCL", StringComparison.Ordinal) && p.Country.Length == 2)
                countries.TryAdd(p.Country, i);
            // Only places trusted for loose matching get spelling keys: most of the load time otherwise.
            var withKey = (p.Curated || p.FeatureClass == 'A' || p.Population >= 20_000) && TransliteratedCountries.Contains(p.Country);
            Index(folded, withKey ? keyed : null, p.Name, i);
            foreach (var alt in p.AltNames)
            {
                // The bundled table marks a country's demonyms with '~' (tools/gazetteer/build.js).
                if (alt.Length > 1 && alt[0] == '~')
                    foreach (var demonym in DemonymsOf(alt))
                    {
                        Index(folded, withKey ? keyed : null, demonym, i);
                        demonyms.Add(NameFolding.Fold(demonym));
                    }
                else Index(folded, withKey ? keyed : null, alt, i);
            }
        }
        _maxTokensByFirst = MaxTokensByFirstWord(folded.Keys);
        _maxKeyTokensByFirst = MaxTokensByFirstWord(keyed.Keys);
        _byFolded = folded;
        _byKey = keyed;
        _byId = byId;
        _countryByCode = countries;
        _demonyms = demonyms;
        Provenance = provenance;
    }

    /// <summary>
    /// "~Bosnian  Herzegovinian", "~Kittitian or Nevisian": the table writes a two-part country's demonyms as one
    /// entry (its source's "Bosnian, Herzegovinian" lost the comma), which matched no text; each part is a demonym.
    /// </summary>
    private static string[] DemonymsOf(string marked)
    {
        var text = marked[1..];
        return text.Contains("  ", StringComparison.Ordinal) || text.Contains(" or ", StringComparison.Ordinal)
            ? text.Split(["  ", " or "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [text];
    }

    private static void Index(Dictionary<string, List<int>> folded, Dictionary<string, List<int>>? keyed, string name, int i)
    {
        var f = NameFolding.Fold(name);
        if (f.Length == 0) return;
        Add(folded, f, i);
        if (keyed is null) return;
        var k = NameKeys.Key(f);
        if (k.Length > 0) Add(keyed, k, i);
    }

    private static Dictionary<string, int> MaxTokensByFirstWord(IEnumerable<string> names)
    {
        var max = new Dictionary<string, int>();
        foreach (var name in names)
        {
            var space = name.IndexOf(' ');
            var first = space < 0 ? name : name[..space];
            var tokens = 1;
            foreach (var c in name) if (c == ' ') tokens++;
            if (!max.TryGetValue(first, out var m) || m < tokens) max[first] = tokens;
        }
        return max;
    }

    /// <summary>The most words of any place name that starts with this folded word; 0 when none does.
    /// Lets a matcher try only the phrase lengths that can match.</summary>
    public int MaxTokensStartingWith(string firstFolded) => _maxTokensByFirst.GetValueOrDefault(firstFolded);

    /// <summary>The same over spelling keys (<see cref="NameKeys"/>) of a first word's key.</summary>
    public int MaxKeyTokensStartingWith(string firstKey) => _maxKeyTokensByFirst.GetValueOrDefault(firstKey);

    private static void Add(Dictionary<string, List<int>> index, string key, int i)
    {
        if (!index.TryGetValue(key, out var list)) index[key] = list = new List<int>(1);
        if (list.Count == 0 || list[^1] != i) list.Add(i);
    }

    public GazetteerPlace this[int i] => new(i, _ids[i] == 0 ? null : _ids[i], _names[i], _lats[i], _lons[i],
        _classes[i], _codes[i], _countries[i], _admin1[i], _populations[i], _curated[i]);

    /// <summary>Places whose name or alternate name folds to the same text.</summary>
    public ReadOnlySpan<int> ByFoldedName(string folded) =>
        _byFolded.TryGetValue(folded, out var ids) ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids) : ReadOnlySpan<int>.Empty;

    /// <summary>Places whose name has the same loose transliteration key (<see cref="NameKeys"/>).</summary>
    public ReadOnlySpan<int> BySpellingKey(string folded) => ByKey(NameKeys.Key(folded));

    private ReadOnlySpan<int> ByKey(string key) =>
        _byKey.TryGetValue(key, out var ids) ? System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ids) : ReadOnlySpan<int>.Empty;

    public bool ContainsFolded(string folded) => _byFolded.ContainsKey(folded);

    /// <summary>Whether the name is a country's, a first-level region's or that of a place of at least
    /// <paramref name="population"/> people ("Hamilton", Bermuda's small capital, is not a major place).</summary>
    public bool NamesPlaceOf(string folded, int population)
    {
        foreach (var i in ByFoldedName(folded))
            if (this[i] is var p && (p.IsCountry || p.IsAdmin1 || p.Population >= population)) return true;
        return false;
    }

    /// <summary>Whether the gazetteer knows the name, and only as populated places (class P): "kafraya", a curated town
    /// with no GeoNames id, names no state.</summary>
    public bool NamesOnlyTowns(string folded)
    {
        var any = false;
        foreach (var i in ByFoldedName(folded))
        {
            if (this[i].FeatureClass != 'P') return false;
            any = true;
        }
        return any;
    }

    /// <summary>A country's demonym ("russian", "syrian"): a name that points to a country without naming a place in it.</summary>
    public bool IsDemonym(string folded) => _demonyms.Contains(folded);

    public int? ByGeonameId(long id) => _byId.TryGetValue(id, out var i) ? i : null;

    /// <summary>The country entry for an ISO 3166 alpha-2 code.</summary>
    public int? Country(string iso2) => _countryByCode.TryGetValue(iso2, out var i) ? i : null;

    /// <summary>All places named (folded) exactly so, or by spelling key when none is.</summary>
    public ReadOnlySpan<int> Lookup(string surface)
    {
        var f = NameFolding.Fold(surface);
        var exact = ByFoldedName(f);
        if (ShortFormVariant(f) is { } variant && ByFoldedName(variant) is { Length: > 0 } other)
            return exact.Length == 0 ? other : (int[])[.. exact, .. other];
        if (exact.Length > 0) return exact;
        var key = NameKeys.Key(f);
        var loose = ByKey(key);
        if (loose.Length == 0 || f.Length < 5) return ReadOnlySpan<int>.Empty;
        var kept = new List<int>(loose.Length);
        var multiword = f.Contains(' ');
        // A one-word key of two consonants or fewer is shared by unrelated names ("Mouillee" and "Mallah" are both "mala"):
        // such a name must be spelled as listed.
        if (!multiword && Consonants(key) < 3) return ReadOnlySpan<int>.Empty;
        foreach (var i in loose)
            // Never a country by its loose key: a country is named in English by its English names, and the key of
            // an official Arabic one ("as-Su‘ūdiyyah") is the key of a town ("al-Suwaida").
            if (TrustedForSpellingMatch(i) && (multiword || _curated[i]) && !_codes[i].StartsWith("PCL", StringComparison.Ordinal)) kept.Add(i);
        return kept.ToArray();
    }

    private static int Consonants(string key)
    {
        var n = 0;
        foreach (var c in key) if (c is not ('a' or ' ')) n++;
        return n;
    }

    private static readonly (string Short, string Long)[] ShortForms = [("st ", "saint "), ("mt ", "mount "), ("ft ", "fort ")];

    /// <summary>"St. Paul" and "Saint Paul", "Ft. Myers" and "Fort Myers": GeoNames writes one form, the
    /// news the other, so a name opening with either is also looked up in the other form.</summary>
    private static string? ShortFormVariant(string folded)
    {
        foreach (var (shortForm, longForm) in ShortForms)
        {
            if (folded.StartsWith(shortForm, StringComparison.Ordinal)) return longForm + folded[shortForm.Length..];
            if (folded.StartsWith(longForm, StringComparison.Ordinal)) return shortForm + folded[longForm.Length..];
        }
        return null;
    }

    /// <summary>The loose transliteration key is trusted only for places a reader would expect to be
    /// spelled many ways: curated names, countries, admin regions and towns of 20,000 or more.</summary>
    /// A one-word name matches loosely only a curated place (whose spellings we listed on purpose):
    /// "Sinai" and "Sanaa", "Areas" and "Arris" share a key but are not spellings of one name.
    /// Only in countries whose names reach English through transliteration (Arabic, Persian, Cyrillic,
    /// Turkic scripts): elsewhere the key merges unrelated names ("Avoyelles" and "Avilés").
    public bool TrustedForSpellingMatch(int i, bool multiword) => TrustedForSpellingMatch(i) && (multiword || _curated[i]);

    public bool TrustedForSpellingMatch(int i) =>
        (_curated[i] || _classes[i] == 'A' || _populations[i] >= 20_000) && TransliteratedCountries.Contains(_countries[i]);

    private static readonly HashSet<string> TransliteratedCountries =
    [
        "SY", "IQ", "LB", "JO", "PS", "IL", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY", "TN", "DZ", "MA", "SD",
        "IR", "AF", "PK", "TR", "RU", "UA", "BY", "KZ", "UZ", "TJ", "TM", "KG", "AZ", "AM", "GE", "MD", "RS", "BG", "MK",
    ];
}

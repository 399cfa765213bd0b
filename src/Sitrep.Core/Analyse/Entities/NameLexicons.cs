using System.Collections.Frozen;
using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

/// <summary>
/// The word lists mention detection leans on instead of a trained model: given names, person cues
/// (titles and roles), common words that are never names alone, and the head words that make a
/// capitalised phrase an organisation, an armed group, a facility or an admin region.
/// </summary>
public sealed class NameLexicons
{
    public FrozenSet<string> FirstNames { get; }
    /// <summary>Folded, may be several words ("lieutenant general").</summary>
    public FrozenSet<string> PersonCues { get; }
    public FrozenSet<string> CommonWords { get; }

    /// <summary>Heads of organisation names: "Ministry of Defence", "Syrian Democratic Forces".</summary>
    public static readonly FrozenSet<string> OrgHeads = new[]
    {
        "ministry", "forces", "army", "council", "committee", "agency", "office", "department", "party", "union",
        "police", "guard", "guards", "corps", "navy", "command", "government", "parliament", "assembly",
        "congress", "senate", "court", "commission", "organisation", "organization", "institute", "foundation",
        "association", "federation", "company", "corporation", "corp", "inc", "ltd", "group", "bank", "network",
        "news", "times", "post", "press", "tv", "radio", "channel", "observatory", "service", "services",
        "bureau", "authority", "administration", "coalition", "alliance", "club", "society", "center", "centre",
        "fund", "program", "programme", "board", "directorate", "staff", "cabinet", "embassy", "consulate", "lodge",
        "defence", "defense", "force",       // "Civil Defence said", "the Air Force": FA-KES typed both persons
    }.ToFrozenSet();

    /// <summary>Heads of armed or political groups: "Palmyra Front", "Liwa al-Quds", "Harakat Nour al-Din".</summary>
    public static readonly FrozenSet<string> GroupHeads = new[]
    {
        "front", "brigade", "brigades", "battalion", "battalions", "regiment", "division", "movement", "militia",
        "militias", "jabhat", "jaish", "jaysh", "liwa", "harakat", "faylaq", "kataib", "ansar", "army of", "units",
    }.ToFrozenSet();

    /// <summary>Heads of event names: "Code Conference", "Astana talks" (capitalised), "Munich Security Conference".</summary>
    public static readonly FrozenSet<string> EventHeads = new[]
    {
        "conference", "summit", "forum", "festival", "olympics", "games", "championship", "cup", "war", "offensive",
        "operation", "talks", "treaty", "accord", "accords", "agreement", "ceasefire", "election", "elections", "referendum",
    }.ToFrozenSet();

    /// <summary>Heads of facility names: "Aleppo University", "Khmeimim Air Base", "Dublin Road".</summary>
    public static readonly FrozenSet<string> FacilityHeads = new[]
    {
        "university", "airport", "airbase", "base", "hospital", "clinic", "school", "college", "academy",
        "stadium", "mosque", "church", "cathedral", "temple", "synagogue", "prison", "jail", "palace", "museum",
        "hotel", "bridge", "dam", "station", "port", "harbour", "harbor", "square", "street", "st", "road",
        "avenue", "ave", "boulevard", "blvd", "highway", "hwy", "lane", "drive", "plaza", "mall", "market",
        "tower", "building", "hall", "library", "factory", "plant", "refinery", "field", "oilfield", "camp",
        "checkpoint", "crossing", "citadel", "castle", "park", "cemetery", "theater", "theatre", "arena",
    }.ToFrozenSet();

    /// <summary>The facility heads that name streets: a town's name in a street's name is no mention of the town.</summary>
    public static readonly FrozenSet<string> StreetHeads = new[]
    {
        "street", "st", "road", "avenue", "ave", "boulevard", "blvd", "highway", "hwy", "lane", "drive", "plaza", "square",
    }.ToFrozenSet();

    /// <summary>Heads of natural features: "Star Lake", "Otter Tail River", "Mount Hermon". The phrase is a
    /// LOC; its first word alone is not the town of that name.</summary>
    public static readonly FrozenSet<string> FeatureHeads = new[]
    {
        "lake", "lakes", "river", "creek", "mountain", "mountains", "mount", "mt", "island", "islands", "bay", "valley",
        "hills", "beach", "forest", "desert", "canyon", "falls", "springs", "peninsula", "gulf", "sea", "ocean",
        "strait", "coast", "heights", "plain", "plains", "pass", "reservoir", "pond", "glacier", "swamp", "bayou", "trail",
    }.ToFrozenSet();

    /// <summary>Feature words that open a feature's name: "Lake Vermont", "Mount Hermon", "Gulf of Mexico", "Cape Cod".</summary>
    public static readonly FrozenSet<string> LeadingFeatureHeads = new[]
    {
        "lake", "mount", "mt", "cape", "gulf", "sea", "bay", "isle", "river", "lac", "jebel", "jabal", "wadi",
    }.ToFrozenSet();

    /// <summary>Heads that make a place name an admin region: "Rapides Parish", "Donetsk Oblast".</summary>
    public static readonly FrozenSet<string> RegionHeads = new[]
    {
        "province", "governorate", "oblast", "region", "district", "county", "parish", "countryside",
        "prefecture", "territory", "krai", "canton", "municipality", "township", "borough",
    }.ToFrozenSet();

    /// <summary>Lower-case words that may sit inside a name ("Ministry of Defence", "Jabhat al Nusra", "Deir ez Zor").</summary>
    public static readonly FrozenSet<string> Connectors = new[]
    {
        // Not "as", "at", "an": English words far more often than unhyphenated Arabic articles
        // ("Terry Foegler as Dublin city manager").
        "of", "al", "el", "ar", "ash", "az", "ez", "bin", "ibn", "bint", "de", "del",
        "la", "le", "du", "da", "dos", "das", "von", "van", "der", "den", "the", "for", "abu", "es",
    }.ToFrozenSet();

    private NameLexicons(IEnumerable<string> firstNames, IEnumerable<string> cues, IEnumerable<string> common)
    {
        FirstNames = firstNames.ToFrozenSet(StringComparer.Ordinal);
        PersonCues = cues.Select(NameFolding.Fold).Where(c => c.Length > 0).ToFrozenSet();
        CommonWords = common.ToFrozenSet(StringComparer.Ordinal);
    }

    private static readonly Lazy<NameLexicons> Shared = new(() => new NameLexicons(
        Words("first-names.txt"), Lines("person-cues.txt"), Words("common-words.txt")));

    public static NameLexicons Default => Shared.Value;

    private static IEnumerable<string> Lines(string table)
    {
        using var r = KnowledgeFiles.Embedded(table);
        var list = new List<string>();
        string? line;
        while ((line = r.ReadLine()) is not null)
            if (line.Length > 0 && line[0] != '#') list.Add(line.Trim());
        return list;
    }

    private static IEnumerable<string> Words(string table) =>
        Lines(table).SelectMany(l => l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

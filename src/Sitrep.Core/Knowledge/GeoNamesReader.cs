using System.Globalization;

namespace Sitrep.Knowledge;

/// <summary>
/// Reads the GeoNames dump format (allCountries.txt, cities500.txt, and the bundled table that
/// tools/gazetteer writes): 19 tab-separated columns, see https://download.geonames.org/export/dump/readme.txt.
/// Lines starting with '#' are comments. A malformed line is skipped and counted, never fatal.
/// </summary>
public static class GeoNamesReader
{
    /// <summary>Feature classes a news geoparser can name: admin (A), water (H), areas (L), populated (P),
    /// spots and buildings (S), terrain (T), vegetation (V). Roads (R) and undersea (U) only add noise.</summary>
    public static bool UsefulClass(char c) => c is 'A' or 'H' or 'L' or 'P' or 'S' or 'T' or 'V';

    public static (int Read, int Skipped) Read(TextReader reader, Action<PlaceRecord> add, Func<PlaceRecord, bool>? keep = null)
    {
        int read = 0, skipped = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var place = Parse(line);
            if (place is null) { skipped++; continue; }
            if (keep is not null && !keep(place)) continue;
            add(place);
            read++;
        }
        return (read, skipped);
    }

    public static PlaceRecord? Parse(string line)
    {
        // Field boundaries without splitting the whole line: 135k lines load in a fraction of a second.
        Span<int> tabs = stackalloc int[19];
        var count = 0;
        for (var k = 0; k < line.Length && count < tabs.Length; k++)
            if (line[k] == '\t') tabs[count++] = k;
        if (count < 14) return null;
        ReadOnlySpan<char> Field(int n, Span<int> t) =>
            line.AsSpan(n == 0 ? 0 : t[n - 1] + 1, (n < count ? t[n] : line.Length) - (n == 0 ? 0 : t[n - 1] + 1));
        var name = Field(1, tabs);
        if (name.IsEmpty ||
            !double.TryParse(Field(4, tabs), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) ||
            !double.TryParse(Field(5, tabs), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) ||
            lat is < -90 or > 90 || lon is < -180 or > 180)
            return null;
        long? id = long.TryParse(Field(0, tabs), NumberStyles.None, CultureInfo.InvariantCulture, out var gid) && gid > 0 ? gid : null;
        long.TryParse(Field(14, tabs), NumberStyles.None, CultureInfo.InvariantCulture, out var population);
        var nameText = name.ToString();
        var ascii = Field(2, tabs);
        var altField = Field(3, tabs);
        string[] alt = altField.IsEmpty ? [] : altField.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string[] names = !ascii.IsEmpty && !ascii.SequenceEqual(name) ? [ascii.ToString(), .. alt] : alt;
        var cls = Field(6, tabs);
        return new PlaceRecord(id, nameText, names, lat, lon,
            cls.Length > 0 ? cls[0] : '?', Field(7, tabs).ToString(), Field(8, tabs).ToString(), Field(10, tabs).ToString(), population);
    }

    /// <summary>Reads alternateNamesV2.txt (alternateNameId, geonameid, isolanguage, name, ...), keeping
    /// real names: codes and links (post, link, iata, icao, faac, unlc, wkdt, abbr...) are dropped.</summary>
    public static int ReadAlternateNames(TextReader reader, Action<long, string> add)
    {
        var count = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var f = line.Split('\t');
            if (f.Length < 4 || !long.TryParse(f[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)) continue;
            var lang = f[2];
            if (lang is "post" or "link" or "iata" or "icao" or "faac" or "unlc" or "wkdt" or "fr_1793" or "tcid") continue;
            if (f.Length > 7 && f[7] == "1") continue;   // isHistoric
            if (f[3].Length is 0 or > 80) continue;
            add(id, f[3]);
            count++;
        }
        return count;
    }
}

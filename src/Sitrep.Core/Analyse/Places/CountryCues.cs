namespace Sitrep.Analyse.Places;

/// <summary>
/// Words of local government and daily life that only one country's press uses: a story that mentions
/// its county sheriff, township board or interstate is in the United States even when it names no state,
/// so its "Paris" is more likely Paris, Texas than Paris, France. Each cue adds a context vote for its country.
/// </summary>
public static class CountryCues
{
    private static readonly (string Word, string Country)[] Cues =
    [
        ("sheriff", "US"), ("township", "US"), ("selectmen", "US"), ("interstate", "US"), ("county commissioners", "US"),
        ("state trooper", "US"), ("highway patrol", "US"), ("school district", "US"), ("board of supervisors", "US"),
        ("county commission", "US"), ("state senator", "US"), ("aldermen", "US"), ("county jail", "US"),
        ("constabulary", "GB"), ("borough council", "GB"), ("£", "GB"),
        ("parachute regiment", "GB"), ("royal navy", "GB"), ("royal air force", "GB"), ("ministry of defence", "GB"), ("nhs", "GB"),
        ("rcmp", "CA"), ("mpp", "CA"),
    ];

    /// <summary>One country per cue word the body holds (a country cued twice appears twice: each is a vote).</summary>
    public static List<string> Of(string body)
    {
        var found = new List<string>();
        foreach (var (word, country) in Cues)
            if (Contains(body, word)) found.Add(country);
        return found;
    }

    /// <summary>The word as a whole word, in any case.</summary>
    private static bool Contains(string body, string word)
    {
        var from = 0;
        while ((from = body.IndexOf(word, from, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var end = from + word.Length;
            var startOk = from == 0 || !char.IsLetter(body[from - 1]) || !char.IsLetter(word[0]);
            var endOk = end >= body.Length || !char.IsLetter(body[end]) || body[end] == 's';
            if (startOk && endOk) return true;
            from = end;
        }
        return false;
    }
}

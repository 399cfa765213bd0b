using Sitrep.Knowledge;

namespace Sitrep.Analyse.Entities;

public sealed partial class MentionDetector
{
    private static readonly HashSet<string> Compass =
        ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
         "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "upper", "lower"];

    /// <summary>"North Texas", "Northeast Georgia", "Eastern Syria": a compass word before a place names a part
    /// of that place; the pin is the place. Not when the whole phrase is a place of its own ("South Africa")
    /// or an actor ("Western Union").</summary>
    private int? CompassPlaceRule(Scan s, int i, int chunkEnd)
    {
        var tokens = s.Tokens;
        if (!Compass.Contains(tokens[i].Folded) || chunkEnd - i < 2 || LongestPlace(tokens, i, chunkEnd) >= chunkEnd - i
            || LongestActor(s.Text, tokens, i).Length > 0)
            return null;
        var innerLen = LongestPlace(tokens, i + 1, chunkEnd);
        if (innerLen == 0 || innerLen != chunkEnd - i - 1) return null;
        s.Mentions.Add(Place(s, i + 1, chunkEnd));
        return chunkEnd;
    }
}

using System.Text.RegularExpressions;
using Sitrep.Extract.PlainText.Text;

namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: vote and counter widgets that flatten into numeric lines ("2 points", "Total votes: 2",
/// "Upvotes percentage: 100.000000%", seed 003) and relative timestamps ("3 hours ago", "vor 2 Stunden",
/// "5 часов назад"). No prose line is only a count, a percentage or a time offset.
/// </summary>
internal sealed partial class WidgetRule : LocalLineRule
{
    public override string Name => "widget";

    protected override bool Matches(PageState page, int i)
    {
        var line = page.Lines[i];
        if (line.Stats.Words > 8) return false;
        var key = line.Normalized;
        return Counter().IsMatch(key) || Labeled().IsMatch(key) || NumbersOnly().IsMatch(key) || line.IsTimestamp;
    }

    [GeneratedRegex(@"^[\d.,]+\s*[km]?\s+(points?|votes?|likes?|dislikes?|replies|reply|shares?|views?|comments?|reactions?|responses?|голос\w*|коммент\w*|ответ\w*|просмотр\w*|коментар\w*|kommentare?|stimmen|تعليق\w*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Counter();

    [GeneratedRegex(@"^(total votes|votes|upvotes|downvotes|upvotes percentage|downvotes percentage|rating|score|views|likes|shares|comments|просмотры|рейтинг|голосов|bewertung|aufrufe)\s*[:=]?\s*[\d.,]+\s*%?$", RegexOptions.IgnoreCase)]
    private static partial Regex Labeled();

    [GeneratedRegex(@"^[\d\s.,%/|·•+\-–()]+$")]
    private static partial Regex NumbersOnly();
}

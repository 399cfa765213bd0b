using AngleSharp.Dom;
using Sitrep.Extract.Html.Dom;

namespace Sitrep.Extract.Html.Cleaning;

/// <summary>Runs the pruning rules over a page in one pre-order walk and detaches what they cut. Order
/// matters only for the logged reason: the first rule that fires names it.</summary>
internal static class Pruner
{
    private static readonly IPruneRule[] Rules =
    [
        new NeverContentTags(),
        new HiddenElements(),
        new ChromeRoles(),
        new WidgetText(),
        new Captions(),
        new UnlikelyClassNames(),
    ];

    /// <param name="classNames">False on the retry after an empty result (Readability's FLAG_STRIP_UNLIKELYS):
    /// class-name guesses are then skipped.</param>
    public static void Prune(IElement root, StatsTable stats, RemovalLog log, bool classNames = true)
    {
        var context = new PruneContext(stats);
        var cut = new List<IElement>();
        DomWalk.Walk(root, node =>
        {
            if (node is not IElement e) return false;
            if (e == root) return true;
            bool bare = e.Attributes.Length == 0;
            var names = bare ? default : ElementNames.Of(e);
            foreach (var rule in Rules)
            {
                if (bare && !rule.AppliesToBareElements || !classNames && rule is UnlikelyClassNames) continue;
                if (rule.Why(e, names, context) is { } reason)
                {
                    log.Add(e, reason);
                    if (rule is UnlikelyClassNames) log.ClassNameCutChars += stats[e].Text;
                    cut.Add(e);
                    return false;
                }
            }
            return true;
        });
        foreach (var e in cut) stats.Detach(e);
    }
}

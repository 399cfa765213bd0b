namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: the middle of a donation box, whose sentences carry no cue of their own ("Will you help expose the
/// lies of the mainstream media?", "As a reader of The Duran, you are well aware…", seed 003). Up to
/// <see cref="MaxRun"/> unclaimed lines sandwiched between two appeal lines belong to the appeal.
/// </summary>
internal sealed class AppealClusterRule : ILineRule
{
    private const int MaxRun = 3;

    public string Name => "appeal-cluster";

    public void Apply(PageState page)
    {
        int lastAppeal = -1;
        for (int i = 0; i < page.Count; i++)
        {
            if (page.Reasons[i] != "appeal") continue;
            if (lastAppeal >= 0 && i - lastAppeal - 1 is > 0 and <= MaxRun && AllFree(page, lastAppeal + 1, i))
                for (int j = lastAppeal + 1; j < i; j++) page.Claim(j, LineLabel.Chrome, Name);
            lastAppeal = i;
        }
    }

    private static bool AllFree(PageState page, int from, int to)
    {
        for (int j = from; j < to; j++) if (!page.IsFree(j)) return false;
        return true;
    }
}

namespace Sitrep.Extract.PlainText.Rules;

/// <summary>One heuristic of the cascade. <see cref="Name"/> is the reason recorded in Document.Removed.</summary>
internal interface ILineRule
{
    string Name { get; }
    void Apply(PageState page);
}

/// <summary>A rule that judges each line on its own (lexicon, patterns): claims every unclaimed line it matches.</summary>
internal abstract class LocalLineRule : ILineRule
{
    public abstract string Name { get; }
    protected abstract bool Matches(PageState page, int i);

    public void Apply(PageState page)
    {
        for (int i = 0; i < page.Count; i++)
            if (page.IsFree(i) && Matches(page, i)) page.Claim(i, LineLabel.Chrome, Name);
    }
}

using Sitrep.Extract.PlainText.Lexicon;

namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: comment forms ("Leave a Reply", "Notify of"), share bars, menus, vote buttons and footers that survive
/// flattening as lines of their own (seeds 000, 002, 003, 004). The reason names the lexicon kind
/// ("lexicon-form", "lexicon-share"...). Error-page phrases ("Page not found") are chrome and flag the page.
/// </summary>
internal sealed class LexiconRule(BoilerplateLexicon lexicon) : ILineRule
{
    public string Name => "lexicon";

    public void Apply(PageState page)
    {
        for (int i = 0; i < page.Count; i++)
        {
            if (!page.IsFree(i)) continue;
            var kind = lexicon.Match(page.Lines[i]);
            if (kind == BoilerplateKind.None) continue;
            if (kind == BoilerplateKind.Error) page.LooksLikeErrorPage = true;
            page.Claim(i, LineLabel.Chrome, "lexicon-" + kind.ToString().ToLowerInvariant());
        }
    }

    public static bool IsForm(PageState page, int i) => page.Reasons[i] == "lexicon-form";
}

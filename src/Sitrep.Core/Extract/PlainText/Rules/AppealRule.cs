using Sitrep.Extract.PlainText.Text;
namespace Sitrep.Extract.PlainText.Rules;

/// <summary>
/// Fixes: donation and newsletter appeals that read like prose and so pass the paragraph test
/// ("Help us grow. Support The Duran on Patreon!", "Send us €20 ... mug ... shipping!", seeds 000/003).
/// Scored, not keyword-triggered: a strong cue (Patreon, "donate now", mug, newsletter) counts 2, a weak one
/// (donate, help us, subscribe, "as a reader of") 1, an address to the reader ("please", "you") ½; a line needs 2,
/// so a news sentence saying that Russia will "support the Syrian army" stays in the article.
/// </summary>
internal sealed class AppealRule : LocalLineRule
{
    private const int MaxWords = 70;

    private static readonly string[] Strong =
    [
        "patreon", "paypal", "donate now", "donate today", "please donate", "donate here", "donation to us", "buy me a coffee",
        "become a patron", "newsletter", " mug ", "free shipping", "crowdfunding", "subscribestar", "bitcoin address", "btc:", "make a contribution",
        "spenden", "spende ", "unterstützen sie uns", "пожертв", "поддержите нас", "поддержать проект", "донат",
        "підтримайте нас", "підтримати проєкт", "تبرع", "ادعمنا", "ادعم ",
    ];

    private static readonly string[] Weak =
    [
        "donate", "donation", "support us", "help us", "support the", "subscribe", "sign up", "as a reader of", "keep reporting",
        "independent journalism", "independent media", "reader-funded", "reader supported", "reader-supported",
        "will you help", "contribute", "shipping", "our work", "free of charge", "unterstützen", "abonnieren",
        "поддержите", "подпишитесь", "подписывайтесь", "підтримайте", "підпишіться", "اشترك", "ادعم",
    ];

    private static readonly string[] Address = ["please", "you ", "your ", "bitte", "пожалуйста", "вы ", "ваш", "будь ласка", "الرجاء"];

    /// <summary>Strong and weak cues together: lines with none of them (almost all) skip the scoring.</summary>
    private static readonly CueSet AnyCue = new([.. Strong.Select(c => c.Trim()), .. Weak]);

    public override string Name => "appeal";

    protected override bool Matches(PageState page, int i)
    {
        var line = page.Lines[i];
        if (line.Stats.Words > MaxWords || !AnyCue.In(line.Text)) return false;
        return Score(line.Normalized + " ") >= 2;
    }

    internal static double Score(string lower)
    {
        double score = 0;
        foreach (var cue in Strong) if (lower.Contains(cue, StringComparison.Ordinal)) score += 2;
        foreach (var cue in Weak) if (lower.Contains(cue, StringComparison.Ordinal)) score += 1;
        foreach (var cue in Address) if (lower.Contains(cue, StringComparison.Ordinal)) { score += 0.5; break; }
        return score;
    }
}

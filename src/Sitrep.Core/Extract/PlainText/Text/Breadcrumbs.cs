namespace Sitrep.Extract.PlainText.Text;

/// <summary>Breadcrumb trails: "Home » World » Syria", "News | Syria", "Главная / Новости", "Home > Politics".</summary>
internal static class Breadcrumbs
{
    public static bool IsTrail(string text) =>
        text.Contains(" » ", StringComparison.Ordinal) || text.Contains(" | ", StringComparison.Ordinal)
        || text.Contains(" > ", StringComparison.Ordinal) || text.Contains(" / ", StringComparison.Ordinal)
        || text.Contains(" › ", StringComparison.Ordinal);
}

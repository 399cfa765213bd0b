using System.Text.RegularExpressions;

namespace Sitrep.Extract.PlainText.Text;

/// <summary>Lines that are only a time stamp: relative ("11 days ago", "vor 3 Stunden", "2 дня назад", "منذ 3 ساعات")
/// or a date with a time of day ("December 16, 2016 at 5:32 pm", "16.12.2016 в 17:32"). Comment threads
/// put them under the commenter's name; in the article region they are widget chrome.</summary>
internal static partial class Timestamps
{
    public static bool IsTimestamp(string line) =>
        line.Length <= 60 && (Relative().IsMatch(line) || WithTime().IsMatch(line));

    /// <summary>A line that is only a calendar date ("Sunday, 5 June 2016", "JULY 2022", "16.12.2016").</summary>
    public static bool IsDateLine(string line) => line.Length <= 40 && DateOnly().IsMatch(line);

    [GeneratedRegex(@"^(about |around |\W)?(\d+|an?|one|a few)\s+(sec|second|min|minute|hr|hour|day|week|month|year)s?\s+ago\W*$|^(yesterday|today|just now|gestern|heute|вчера|сегодня|только что|вчора|сьогодні)\b.{0,20}$|^\d+\s+(секунд|минут|час|дн|день|недел|месяц|год|лет|хвилин|годин|тиж|місяц|рок)\w*\s+(назад|тому)$|^vor\s+(\d+|einer?|einem)\s+(sekunden?|minuten?|stunden?|tagen?|tag|wochen?|monaten?|monat|jahren?|jahr)$|^منذ\s+\S+(\s+\S+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"^\W*[\p{L}\d][\p{L}\d ,./\-]{2,40}?(\s+(at|um|в|о|-|,|·))?\s*\d{1,2}[:.]\d{2}(\s*[ap]\.?m\.?)?\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex WithTime();

    [GeneratedRegex(@"^((mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(\d{1,2}(st|nd|rd|th)?\s+\p{L}+,?\s+\d{4}|\p{L}+\s+\d{1,2}(st|nd|rd|th)?,?\s+\d{4}|\p{L}+\s+\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$", RegexOptions.IgnoreCase)]
    private static partial Regex DateOnly();
}

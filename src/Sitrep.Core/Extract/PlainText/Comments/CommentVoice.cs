using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Extract.PlainText.Comments;

/// <summary>
/// Reader comments are written in another voice than the report above them: first and second person,
/// informal markers ("BS", "Good job", "..", "!!"), little attribution. News prose attributes ("said",
/// "according to", "заявил", "sagte", "قال"). Score = comment cues − reporting cues, counted outside
/// quotation marks (a quoted minister saying "I" is still news). Used to find where a thread with no marker
/// begins (seed 001: the article ends and "A little late for that. And personally, I think..." follows).
/// </summary>
internal static partial class CommentVoice
{
    private static readonly HashSet<string> Personal = new(StringComparer.OrdinalIgnoreCase)
    {
        "i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d", "me", "my", "myself", "you", "your", "you're", "you’re", "yours", "ya", "u",
        "я", "мне", "меня", "мой", "моя", "моё", "мое", "ты", "тебя", "тебе", "твой", "вы", "вас", "вам", "ваш",
        "мені", "мій", "моя", "ти", "тебе", "твій", "ви", "вас", "ваш",
        "ich", "mir", "mich", "mein", "meine", "du", "dich", "dir", "dein",
        "أنا", "انا", "أنت", "انت", "أعتقد", "اعتقد",
    };

    private static readonly HashSet<string> Informal = new(StringComparer.OrdinalIgnoreCase)
    {
        "bs", "lol", "lmao", "wtf", "omg", "imho", "imo", "btw", "yeah", "yep", "nope", "haha", "idiot", "idiots", "stupid",
        "moron", "morons", "thanks", "thank", "bravo", "personally",
        "имхо", "лол", "спасибо", "бред", "дурак", "lol", "danke", "quatsch", "شكرا",
    };

    private static readonly HashSet<string> Reporting = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "told", "stated", "noted", "added", "reported", "announced", "according", "claimed", "explained", "stressed",
        "сказал", "заявил", "заявила", "сообщил", "сообщила", "отметил", "подчеркнул", "словам", "данным",
        "сказав", "заявив", "повідомив", "зазначив", "словами",
        "sagte", "erklärte", "betonte", "laut", "berichtete", "teilte",
        "قال", "صرح", "أعلن", "وفقا", "وفقاً", "أفاد",
    };

    public static int Score(string text)
    {
        var outside = StripQuotes(text);
        int comment = 0, news = 0;
        int index = 0, lastPerson = int.MinValue / 2;
        foreach (Match m in Word().Matches(outside))
        {
            var w = m.Value;
            index++;
            if (Personal.Contains(w)) { comment++; lastPerson = index; }
            else if (Informal.Contains(w)) comment++;
            else if (Reporting.Contains(w) && index - lastPerson > 2) news++; // "I always said" is a reader talking
        }
        if (outside.Contains("..", StringComparison.Ordinal) && !outside.Contains("...", StringComparison.Ordinal)) comment++;
        if (outside.Contains("!!", StringComparison.Ordinal) || outside.Contains("??", StringComparison.Ordinal)) comment++;
        if (Interjection().IsMatch(outside)) comment++;
        return comment - news;
    }

    /// <summary>Removes “…”, "…", «…», „…“ spans; an unclosed quote runs to the end of the line.</summary>
    internal static string StripQuotes(string text)
    {
        var sb = new StringBuilder(text.Length);
        char? close = null;
        foreach (var c in text)
        {
            if (close is null)
            {
                close = c switch { '“' => '”', '"' => '"', '«' => '»', '„' => '“', _ => null };
                if (close is null) sb.Append(c);
            }
            else if (c == close) close = null;
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"[\p{L}’']+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(yes|no|well|wow|good job|great|agreed|exactly|sorry|ok|okay|about time|да|нет|ну|ja|nein|نعم|لا)\b[,!. ]", RegexOptions.IgnoreCase)]
    private static partial Regex Interjection();
}

using Sitrep.Extract.PlainText;
using Sitrep.Extract.PlainText.Comments;
using Sitrep.Extract.PlainText.Lexicon;
using Sitrep.Extract.PlainText.Rules;
using Sitrep.Extract.PlainText.Text;

namespace Sitrep.Tests.Extract.PlainText;

/// <summary>Each heuristic on the lines it was written for, and on the prose it must leave alone.</summary>
public class LineRuleTests
{
    /// <summary>Runs one rule over a page made of the given lines; returns the reason it gave each line (null: not claimed).</summary>
    private static string?[] Run(ILineRule rule, params string[] lines)
    {
        var state = new PageState(PageLine.Split(string.Join("\n\n", lines)), null, null);
        rule.Apply(state);
        return state.Reasons;
    }

    private const string News = "The Russian Defence Ministry said on Friday that the Syrian army would be supported by more than 40 aircraft.";

    [Theory]
    [InlineData("2 points")]
    [InlineData("Total votes: 2")]
    [InlineData("Upvotes percentage: 100.000000%")]
    [InlineData("Downvotes: 0")]
    [InlineData("3 hours ago")]
    [InlineData("vor 2 Stunden")]
    [InlineData("5 часов назад")]
    [InlineData("12 / 3")]
    public void Widget_lines(string line) => Run(new WidgetRule(), line).Single().Should().Be("widget");

    [Theory]
    [InlineData("2016 was the year Aleppo fell.")]
    [InlineData(News)]
    public void Widget_rule_leaves_prose(string line) => Run(new WidgetRule(), line).Single().Should().BeNull();

    [Theory]
    [InlineData("Help us grow. Support The Duran on Patreon!")]
    [InlineData("Send us €20 or more and we'll send you The Duran mug absolutely FREE - we'll even cover the shipping!")]
    [InlineData("Please support The Duran and help us keep reporting on news that is fair, balanced, and real.")]
    [InlineData("Поддержите нас: пожертвования принимаются через PayPal.")]
    [InlineData("Unterstützen Sie unabhängigen Journalismus – jetzt spenden!")]
    public void Appeals(string line) => Run(new AppealRule(), line).Single().Should().Be("appeal");

    [Theory]
    [InlineData(News)]
    [InlineData("Moscow promised to support the Syrian army and to help rebuild the port of Tartus, the minister said.")]
    [InlineData("The fact that Russia would consider shipping them to Turkey would have been unthinkable two decades ago.")]
    public void Appeal_rule_leaves_news_that_mentions_support(string line) => Run(new AppealRule(), line).Single().Should().BeNull();

    [Theory]
    [InlineData("Russian Foreign Minister Sergey Lavrov (Photo: TASS / Alexander Shcherbak)")]
    [InlineData("Putin in Vladivostok. AFP PHOTO / POOL / ALEXANDER NEMENOVYURI KADOBNOV/AFP/GettyImages")]
    [InlineData("© Reuters")]
    [InlineData("Фото: ТАСС / Михаил Воскресенский")]
    [InlineData("Foto: dpa / Michael Kappeler")]
    public void Captions_and_credits(string line) => Run(new CaptionRule(), line).Single().Should().Be("caption");

    [Fact]
    public void Credit_less_place_caption_between_paragraphs()
    {
        var reasons = Run(new CaptionRule(), News, "Sretenskii Monastery, Moscow", News, "Aleppo, Syria's Second City", News,
            "Putin meets Erdogan, again", News);
        reasons.Should().Equal(null, "caption", null, null, null, null, null);
    }

    [Fact]
    public void Caption_rule_leaves_a_paragraph_that_mentions_a_photo() =>
        Run(new CaptionRule(), "The photo published by the ministry shows the convoy burning on the road to Palmyra.").Single().Should().BeNull();

    [Theory]
    [InlineData("READ MORE: WATCH: Russia unleashes Kalibr cruise missiles on ISIS")]
    [InlineData("Читайте также: Лавров обвинил США в срыве переговоров")]
    [InlineData("Lesen Sie auch: Wie Moskau den Krieg finanziert")]
    [InlineData("اقرأ أيضا: لافروف يتهم واشنطن")]
    public void Read_more_inserts(string line) => Run(new ReadMoreRule(), line).Single().Should().Be("read-more");

    [Fact]
    public void Read_more_rule_leaves_a_sentence_starting_with_read() =>
        Run(new ReadMoreRule(), "Read the full article here.").Single().Should().BeNull();

    [Theory]
    [InlineData("The statements, views and opinions expressed in this column are solely those of the author and do not necessarily represent those of The Duran.")]
    [InlineData("Мнение редакции может не совпадать с мнением автора.")]
    [InlineData("Die Meinung des Autors muss nicht mit der Meinung der Redaktion übereinstimmen.")]
    public void Disclaimers(string line) => Run(new DisclaimerRule(), line).Single().Should().Be("disclaimer");

    [Theory]
    [InlineData("Leave a Reply", "Form")]
    [InlineData("LEAVE A REPLY:", "Form")]
    [InlineData("Notify of", "Form")]
    [InlineData("Your email address will not be published. Required fields are marked *", "Form")]
    [InlineData("Share this:", "Share")]
    [InlineData("Поделиться", "Share")]
    [InlineData("Подписывайтесь на наш канал в Telegram!", "Subscribe")]
    [InlineData("Kommentar schreiben", "Form")]
    [InlineData("اترك تعليقا", "Form")]
    [InlineData("© 2017 Frontline Courier. All rights reserved.", "Footer")]
    [InlineData("Upvote Downvote", "Widget")]
    [InlineData("Page not found", "Error")]
    public void Lexicon_matches_whole_lines_prefixes_and_footers(string line, string kind) =>
        BoilerplateLexicon.Default.Match(PageLine.Split(line)[0]).ToString().Should().Be(kind);

    [Theory]
    [InlineData("The comments of the minister were published on Friday.")]
    [InlineData("He told reporters to leave a reply at the embassy, which they did not.")]
    public void Lexicon_leaves_prose_containing_its_words(string line) =>
        BoilerplateLexicon.Default.Match(PageLine.Split(line)[0]).Should().Be(BoilerplateKind.None);

    [Fact]
    public void Lexicon_file_format_exact_prefix_and_contains()
    {
        var lexicon = BoilerplateLexicon.Parse(["# comment", "share\tshare this", "form\tyour email*", "footer\t*rights reserved*", "bogus\tignored"]);
        lexicon.Match(PageLine.Split("Share this:")[0]).Should().Be(BoilerplateKind.Share);
        lexicon.Match(PageLine.Split("Share this article with friends")[0]).Should().Be(BoilerplateKind.None);
        lexicon.Match(PageLine.Split("Your email is safe")[0]).Should().Be(BoilerplateKind.Form);
        lexicon.Match(PageLine.Split("(c) 2016 Acme, all rights reserved")[0]).Should().Be(BoilerplateKind.Footer);
        lexicon.Match(PageLine.Split("ignored")[0]).Should().Be(BoilerplateKind.None);
    }

    [Theory]
    [InlineData("John Whitehot", "John Whitehot")]
    [InlineData("888mladen .", "888mladen")]
    [InlineData("gfsdyughjgd .", "gfsdyughjgd")]
    [InlineData("Olga K. says:", "Olga K.")]
    [InlineData("Иван Петров", "Иван Петров")]
    [InlineData("Сергей_77", "Сергей_77")]
    public void Author_lines(string line, string name) => AuthorLine.Name(PageLine.Split(line)[0]).Should().Be(name);

    [Theory]
    [InlineData("Sretenskii Monastery, Moscow")]
    [InlineData("PUTIN:")]
    [InlineData("11 days ago")]
    [InlineData("JULY 2022")]
    [InlineData("Read the full article here.")]
    [InlineData("the end of the story")]
    [InlineData("Why Moscow is preparing to return to Syria")]
    public void Not_author_lines(string line) => AuthorLine.Name(PageLine.Split(line)[0]).Should().BeNull();

    [Theory]
    [InlineData("A little late for that. And personally, I think the SAA should have wiped them out.", true)]
    [InlineData("Lavrov and his usual BS. All these lies.", true)]
    [InlineData("Yes, that’s the way to move forward Russia, by unilateral disarmament. Good job Lavrov & Putin..", true)]
    [InlineData("About time. I always said they should hit them on the road.", true)]
    [InlineData("Lavrov called this approach “absurd” and compared the policy of the EU with the Soviet Union.", false)]
    [InlineData("“I really hope to be wrong here,” Lavrov said.", false)]
    [InlineData("Я думаю, что вы ошибаетесь.", true)]
    [InlineData("Лавров заявил, что переговоры продолжатся.", false)]
    public void Comment_voice(string text, bool reader) => (CommentVoice.Score(text) > 0).Should().Be(reader);

    [Fact]
    public void Line_stats_are_language_neutral()
    {
        PageLine.Split("Сирийская армия при поддержке российской авиации начала наступление на Пальмиру, сообщило Министерство обороны.")[0]
            .Stats.IsParagraphLike.Should().BeTrue();
        PageLine.Split("أعلنت وزارة الدفاع الروسية يوم الثلاثاء أن الطائرات الروسية دمرت قافلة للمسلحين كانت متجهة من الرقة إلى تدمر.")[0]
            .Stats.IsParagraphLike.Should().BeTrue();
        PageLine.Split("Russia Syria Putin Lavrov Palmyra Aleppo ISIS Kerry Erdogan Assad Homs Raqqa Idlib Tartus Hama Daraa Mosul Kobani Manbij Afrin")[0]
            .Stats.IsParagraphLike.Should().BeFalse("a tag cloud has no function words");
    }

    [Fact]
    public void Split_keeps_line_numbers_gaps_and_indentation()
    {
        var lines = PageLine.Split("a\r\n\r\n\r\n  b\rc\u2028d");
        lines.Select(l => (l.Number, l.Text, l.BlanksBefore, l.Indent)).Should().Equal((1, "a", 0, 0), (4, "b", 2, 2), (5, "c", 0, 0), (6, "d", 0, 0));
    }
}

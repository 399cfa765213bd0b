using Sitrep.Documents;
using Sitrep.Extract.PlainText;

namespace Sitrep.Tests.Extract.PlainText;

/// <summary>Exact expectations on pages we wrote in the seeds' style: two outlets, four languages, a thread
/// with no marker, pages with no article.</summary>
public class SyntheticPageTests
{
    private static Document Extract(string text, DocumentHints? hints = null) => new TextExtractor().Extract(Pages.Text(text, hints: hints));

    [Fact]
    public void Wordpress_page_body_comments_and_removed_reasons()
    {
        var doc = Extract(SyntheticPages.CourierWithComments);

        doc.Title.Should().Be("Syrian Army retakes Tadmur airbase after three-day assault");
        doc.Body.Should().Be(
            "The Syrian Arab Army has retaken the T4 airbase east of Homs after three days of fighting, the Russian Defence Ministry said on Friday.\n\n" +
            "According to the ministry, more than 40 militants were killed and two armoured vehicles were destroyed during the assault.\n\n" +
            "Local sources told the Courier that civilians had begun returning to the villages around the base by Saturday morning.\n\n" +
            "The base had been under siege since December, when a surprise offensive cut the road between Homs and Palmyra.");
        doc.Comments.Should().Equal(
            new Comment("Mark Ellison", "March 4, 2017 at 9:12 am", "Good news at last. I hope they hold it this time."),
            new Comment("Olga K.", "March 4, 2017 at 11:40 am",
                "You forget that the last time the base fell, nobody talked about it for a week.\n\nThe western press will not report this either, you watch."),
            new Comment("Mark Ellison", "March 5, 2017 at 8:03 am", "Fair point, Olga. We will see."));
        (string Reason, string Start)[] expected =
        [
            ("header-crumbs", "in ,"),
            ("title", "Syrian Army retakes"),
            ("caption", "Syrian Arab Army soldiers"),
            ("read-more", "READ MORE: Russia sends"),
            ("appeal", "Support the Frontline"),
            ("disclaimer", "The statements, views"),
            ("comment-count", "3 Comments"),
            ("lexicon-widget", "Reply"),
            ("lexicon-widget", "Reply"),
            ("lexicon-widget", "Reply"),
            ("lexicon-form", "Leave a Reply"),
            ("lexicon-form", "Your email address"),
            ("related-titles", "Russia and Turkey agree"),
            ("related-titles", "Kurdish forces halt"),
        ];
        doc.Removed.Select(r => r.Reason).Should().Equal(expected.Select(e => e.Reason));
        doc.Removed.Zip(expected).Should().OnlyContain(p => p.First.Text.StartsWith(p.Second.Start));
        doc.Warnings.Should().NotContain(w => w.StartsWith("no article"), "the page has an article; a missing date may still be reported");
    }

    [Fact]
    public void Russian_page_with_named_comments_and_relative_times()
    {
        var doc = Extract(SyntheticPages.RussianWithComments);

        doc.Title.Should().Be("Сирийская армия начала наступление на Пальмиру");
        doc.Body.Split("\n\n").Should().Equal(
            "Сирийская армия при поддержке российской авиации начала наступление на Пальмиру, сообщило в пятницу Министерство обороны России.",
            "По данным министерства, за сутки российские самолёты совершили более 60 вылетов и уничтожили 12 опорных пунктов боевиков.",
            "«Операция развивается по плану, и мы не видим причин менять сроки», — заявил в пятницу представитель министерства генерал-майор Игорь Конашенков.",
            "Жители окрестных деревень сообщают, что боевики покидают позиции к востоку от города.");
        doc.Comments.Should().Equal(
            new Comment("Иван Петров", "2 часа назад", "Наконец-то. Я давно ждал этой новости."),
            new Comment("Сергей_77", null, "Вы слишком оптимистичны. Боевики ещё вернутся."));
        Reasons(doc).Should().Contain(["header-crumbs", "caption", "read-more", "lexicon-subscribe", "lexicon-form"]);
    }

    [Fact]
    public void Thread_without_marker_starts_where_readers_start_talking()
    {
        var doc = Extract(SyntheticPages.CommentsWithoutMarker);

        doc.Title.Should().Be("Russian jets strike convoy fleeing Raqqa");
        doc.Body.Split("\n\n").Should().HaveCount(4).And.EndWith("The US-led coalition has not commented on the report, which could not be independently verified.");
        doc.Body.Should().NotContain("MAY 2017");
        doc.Comments.Should().Equal(
            new Comment(null, null, "About time. I always said they should hit them on the road, not in the city."),
            new Comment("Peter Marsh", null, "You really believe the ministry numbers? They say 80 every single time."),
            new Comment("Anna Velikaya", null, "Peter, the numbers were confirmed by local sources too. Read before you post."),
            new Comment("Peter Marsh", null, "Fine, I will wait for the photos."));
    }

    [Fact]
    public void WpDiscuz_thread_after_the_form_with_vote_counts()
    {
        var doc = Extract(SyntheticPages.WpDiscuzThread);

        doc.Body.Split("\n\n").Should().HaveCount(2);
        doc.Comments.Should().Equal(
            new Comment("John Whitehot", "4 years ago", "Russia has done more in one year than the coalition in three."),
            new Comment("Brad Isherwood", "4 years ago", "Agreed. The coalition never wanted to win.\n\nThe oil fields tell the story."));
        doc.Removed.Should().Contain(new RemovedBlock("guest", "lexicon-widget")).And.Contain(new RemovedBlock("0", "widget"));
    }

    [Fact]
    public void Blogger_thread_dates_each_comment_from_the_time_below_it()
    {
        var doc = Extract(SyntheticPages.BloggerThread);

        doc.Title.Should().Be("Lavrov: US asked Russia to spare al-Nusra");
        doc.Body.Split("\n\n").Should().HaveCount(2);
        doc.Comments.Should().Equal(
            new Comment("Anonymous", "5 June 2016 at 14:02", "Good post. The US never wanted peace in Syria."),
            new Comment("Ivan K.", "6 June 2016 at 09:15", "Thanks for reposting this."));
    }

    [Fact]
    public void A_rhetorical_what_do_you_think_inside_the_article_does_not_end_it()
    {
        var page = """
            Is the ceasefire in Aleppo already over?

            The Syrian army resumed shelling of the eastern districts of Aleppo on Tuesday, residents and monitors said.

            What do you think?

            Most analysts in Moscow believe the truce will not survive the week, according to a survey published on Wednesday.

            The Russian Defence Ministry said it would keep the humanitarian corridors open for civilians who want to leave.
            """;
        var doc = Extract(page);

        doc.Body.Split("\n\n").Should().HaveCount(4).And.Contain("What do you think?");
        doc.Comments.Should().BeEmpty();
    }

    [Fact]
    public void German_page_drops_credit_insert_appeal_disclaimer_and_form()
    {
        var doc = Extract(SyntheticPages.German);

        doc.Title.Should().Be("Russland verlegt weitere Kampfjets nach Syrien");
        doc.Body.Split("\n\n").Should().Equal(
            "Russland hat nach Angaben des Verteidigungsministeriums weitere Kampfflugzeuge auf den Stützpunkt Hmeimim in Syrien verlegt.",
            "Die Maschinen sollen die Offensive der syrischen Armee auf Deir ez-Zor aus der Luft unterstützen, sagte ein Sprecher in Moskau.",
            "Beobachter gehen davon aus, dass die Verlegung mit den Verhandlungen in Astana zusammenhängt, die in der kommenden Woche fortgesetzt werden.");
        doc.Comments.Should().BeEmpty();
        Reasons(doc).Should().Equal("header-crumbs", "title", "caption", "read-more", "appeal", "disclaimer", "lexicon-form", "lexicon-form");
    }

    [Fact]
    public void Arabic_page_is_extracted_like_the_others()
    {
        var doc = Extract(SyntheticPages.Arabic);

        doc.Title.Should().Be("روسيا تعلن مقتل 80 مسلحا قرب تدمر");
        doc.Body.Split("\n\n").Should().HaveCount(3);
        doc.Body.Should().StartWith("أعلنت وزارة الدفاع الروسية").And.EndWith("حتى الآن.");
        doc.Body.Should().NotContainAny("اقرأ أيضا", "شارك", "اترك تعليقا", "التعليقات", "الرئيسية");
        doc.Comments.Should().BeEmpty();
    }

    [Fact]
    public void Ukrainian_page_is_extracted_like_the_others()
    {
        var doc = Extract(SyntheticPages.Ukrainian);

        doc.Title.Should().Be("Росія перекидає додаткові війська до Сирії");
        doc.Body.Split("\n\n").Should().Equal(
            "За даними джерел, Росія перекидає до Сирії додаткові підрозділи та важку техніку через порт Тартус.",
            "Про це повідомили в понеділок місцеві джерела, які спостерігали за розвантаженням суден у порту.");
        Reasons(doc).Should().Equal("header-crumbs", "title", "caption", "appeal", "lexicon-form", "lexicon-form");
    }

    [Fact]
    public void Not_found_page_gives_an_empty_body_and_a_warning()
    {
        var doc = Extract(SyntheticPages.NotFound);

        doc.Body.Should().BeEmpty();
        doc.Warnings.Should().ContainSingle(w => w.Contains("error page"));
        doc.Removed.Should().Contain(r => r.Text.StartsWith("Oops!"));
    }

    [Fact]
    public void Home_page_of_headlines_gives_an_empty_body_and_a_warning()
    {
        var doc = Extract(SyntheticPages.HomePage);

        doc.Body.Should().BeEmpty();
        doc.Warnings.Should().ContainSingle(w => w.StartsWith("no article"));
        doc.Comments.Should().BeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n   \n")]
    [InlineData("\u0000\u0001")]
    [InlineData("Leave a Reply")]
    public void Empty_or_junk_pages_do_not_crash(string text)
    {
        var doc = Extract(text);
        doc.Body.Should().BeEmpty();
        doc.Warnings.Should().NotBeEmpty();
    }

    [Fact]
    public void Known_title_from_hints_is_not_repeated_in_the_body_even_with_a_site_suffix()
    {
        var page = "Lavrov meets Kerry in Geneva | Frontline Courier\n\n" +
                   "Russian Foreign Minister Sergey Lavrov met US Secretary of State John Kerry in Geneva on Friday, the ministry said.\n\n" +
                   "The two discussed the ceasefire in Aleppo and the humanitarian corridors that were opened last week.";
        var doc = Extract(page, new DocumentHints(Title: "Lavrov meets Kerry in Geneva"));

        doc.Title.Should().Be("Lavrov meets Kerry in Geneva");
        doc.Body.Should().StartWith("Russian Foreign Minister Sergey Lavrov met");
        doc.Removed.Should().ContainSingle(r => r.Reason == "title");
    }

    [Fact]
    public void Menus_and_link_lists_around_the_article_are_cut_by_position_and_link_density()
    {
        var page = """
            [Home](/) [Syria](/syria) [Iraq](/iraq) [Ukraine](/ukraine)
            Trending
            Aleppo ceasefire talks
            Palmyra

            Syrian army enters eastern Aleppo

            Syrian government forces entered the eastern districts of Aleppo on Monday after weeks of heavy fighting, state media reported.

            Thousands of civilians left the area through corridors opened by the army, according to the Russian reconciliation centre.

            https://frontline-courier.example/aleppo-live
            Frontline Courier 2016
            Editors
            """;
        var doc = Extract(page);

        doc.Body.Split("\n\n").Should().HaveCount(2);
        doc.Removed.Should().Contain(r => r.Reason == "link-density" && r.Text.StartsWith("[Home]"));
        doc.Removed.Should().Contain(r => r.Reason == "link-density" && r.Text.StartsWith("https://"));
        doc.Removed.Should().Contain(r => r.Reason == "position" && r.Text == "Editors");
    }

    private static List<string> Reasons(Document doc) => doc.Removed.Select(r => r.Reason).ToList();
}

public class TextExtractorConcurrencyTests
{
    [Fact]
    public void One_extractor_shared_by_many_threads_gives_the_sequential_results()
    {
        string[] texts = [SyntheticPages.CourierWithComments, SyntheticPages.RussianWithComments, SyntheticPages.CommentsWithoutMarker,
            SyntheticPages.German, SyntheticPages.Arabic, SyntheticPages.Ukrainian];
        var pages = texts.Select((t, i) => Pages.Text(t, hints: new Sitrep.Documents.DocumentHints(Outlet: "outlet " + i))).ToArray();
        var expected = pages.Select(p => new TextExtractor().Extract(p)).ToArray();

        var shared = new TextExtractor();
        var results = new Sitrep.Documents.Document[600];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => results[i] = shared.Extract(pages[i % pages.Length]));

        for (int i = 0; i < results.Length; i++)
        {
            var want = expected[i % pages.Length];
            results[i].Body.Should().Be(want.Body);
            results[i].Comments.Should().Equal(want.Comments);
            results[i].Removed.Should().Equal(want.Removed);
        }
    }
}

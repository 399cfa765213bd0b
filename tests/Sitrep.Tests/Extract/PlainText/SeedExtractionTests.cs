using Sitrep.Documents;
using Sitrep.Extract.PlainText;

namespace Sitrep.Tests.Extract.PlainText;

/// <summary>
/// The five canonical seeds: no furniture and no comment left in the body, every comment found, first and last
/// paragraphs kept, titles exact. Expected values were written by reading the seeds (see Fixtures/seed-line-labels.txt).
/// </summary>
public class SeedExtractionTests
{
    private static Document Extract(string seed) => new TextExtractor().Extract(Pages.Seed(Pages.SeedsDirectory()!, seed));

    [SeedFact]
    public void Seed000_the_Duran_opinion_piece_without_comments()
    {
        var doc = Extract("000");
        doc.Title.Should().Be("Vladimir Putin prepares Palmyra’s liberation");
        Paragraphs(doc).Should().HaveCount(8);
        Paragraphs(doc)[0].Should().StartWith("Russian President Vladimir Putin convened a meeting");
        Paragraphs(doc)[^1].Should().Be("We shall undoubtedly see this plan put into action over the coming days and weeks.");
        doc.Comments.Should().BeEmpty();
        doc.Body.Should().NotContainAny("in ,", "AFP PHOTO", "Patreon", "solely those of the author", "What do you think?",
            "Notify of", "Inline Feedbacks", "View all comments", "Jill Stein", "James Clapper", "Vladimir Putin prepares");
        Reason(doc, "Help us grow. Support The Duran on Patreon!").Should().Be("appeal");
        Reason(doc, "Notify of").Should().Be("lexicon-form");
        Reason(doc, "CIA wrong on Russia and Clinton leaks, says James Clapper’s office").Should().Be("related-titles");
    }

    [SeedFact]
    public void Seed001_comment_thread_with_no_marker_is_cut_into_22_comments()
    {
        var doc = Extract("001");
        doc.Title.Should().Be("Russia: ISIS Offensive on Palmyra Could Be Launched to Give Respite to Militants in Aleppo");
        Paragraphs(doc).Should().HaveCount(13);
        Paragraphs(doc)[0].Should().StartWith("According to Russian Foreign Minister Sergey Lavrov, a new offensive");
        Paragraphs(doc)[^1].Should().StartWith("Lavrov called this approach as “absurd”");
        doc.Body.Should().NotContainAny("JULY 2022", "(Photo: TASS", "A little late for that", "usual BS", "John Whitehot",
            "888mladen", "Brad Isherwood", "gfsdyughjgd", "11 days ago", "right on all counts");

        doc.Comments.Should().HaveCount(22);
        doc.Comments.Select(c => c.Author).Should().Equal(
            null, null, "John Whitehot", "888mladen", null, "Brad Isherwood", "888mladen", "Brad Isherwood", "888mladen",
            "888mladen", "Brad Isherwood", "Brad Isherwood", "888mladen", "Brad Isherwood", null, null, null,
            "Brad Isherwood", "gfsdyughjgd", null, "gfsdyughjgd", null);
        doc.Comments[0].Text.Should().StartWith("A little late for that.");
        doc.Comments[1].Text.Should().Be("Lavrov and his usual BS. All these lies while ISIS advanced 15-20km west of Palmyra threatening Tiyas airbase. Also, no surprise that Russia is having difficulties with this war, since its defence budget has been further reduced in 2016. “In relation to GDP, the share of spending on national defense will be 4.7% in 2016, 3.3% in 2017, 3% in 2018, 2.8% in 2019.\n\nYes, that’s the way to move forward Russia, by unilateral disarmament. Good job Lavrov & Putin..");
        doc.Comments[5].Text.Split("\n\n").Should().HaveCount(3, "Brad's comment has three paragraphs");
        doc.Comments[9].Date.Should().Be("11 days ago");
        doc.Comments[9].Text.Split("\n\n").Should().HaveCount(4);
        doc.Comments[^1].Text.Should().Be("Unfortunately Mr. Lavrov, you’re probably right on all counts");
    }

    [SeedFact]
    public void Seed002_numbered_wordpress_comments_and_a_long_multi_part_post()
    {
        var doc = Extract("002");
        doc.Title.Should().StartWith("Syrian Army Close to Liberating Entire Country");
        Paragraphs(doc)[0].Should().StartWith("US-backed forces on collision course");
        Paragraphs(doc)[1].Should().StartWith("Iran’s Press TV has reported");
        Paragraphs(doc)[^1].Should().Be("Full article\u00a0here.");
        doc.Body.Should().Contain("The Russian Orthodox Church, which the same sources");
        Paragraphs(doc).Should().HaveCount(55);
        doc.Removed.Should().Contain(new RemovedBlock("Sretenskii Monastery, Moscow", "caption"));
        doc.Body.Should().NotContainAny("2 thoughts on", "My understanding is you buy the system", "light seems to be visible",
            "Leave a Reply", "Your email address");
        doc.Comments.Should().HaveCount(2);
        doc.Comments[0].Text.Split("\n\n").Should().HaveCount(3);
        doc.Comments[0].Text.Should().StartWith("“I’m pretty sure");
        doc.Comments[1].Text.Should().StartWith("Yes, the light seems to be visible");
        doc.Comments.Should().OnlyContain(c => c.Author == null);
    }

    [SeedFact]
    public void Seed003_donation_box_vote_widget_and_related_titles_are_cut()
    {
        var doc = Extract("003");
        doc.Title.Should().Be("Russia successfully cuts off escape route of ISIS fighters fleeing Palmyra");
        Paragraphs(doc).Should().HaveCount(9);
        Paragraphs(doc)[0].Should().StartWith("The Russian Defence Ministry has released a statement");
        Paragraphs(doc)[^1].Should().StartWith("The Russian strikes against ISIS targets near Palmyra");
        doc.Comments.Should().BeEmpty();
        doc.Body.Should().NotContainAny("READ MORE", "The Duran", "mug", "mainstream media", "As a reader", "Please support",
            "points", "Upvote", "Total votes", "percentage", "Leave a Reply", "Tucker Carlson", "covfefe");
        Reason(doc, "READ MORE:\u00a0WATCH: Russia unleashes Kalibr cruise missiles on ISIS").Should().Be("read-more");
        Reason(doc, "Total votes: 2").Should().Be("widget");
        Reason(doc, "Will you help expose the lies of the mainstream media?").Should().Be("appeal-cluster");
    }

    [SeedFact]
    public void Seed004_blogger_repost_keeps_its_headings_and_drops_the_comment_form()
    {
        var doc = Extract("004");
        doc.Title.Should().Be("Russia prepares to return to Syria in response to US double-cross");
        Paragraphs(doc)[0].Should().StartWith("Once again Washington plays the double game");
        Paragraphs(doc)[^1].Should().StartWith("Countries with the most positive outlooks on the US leadership");
        Paragraphs(doc).Should().HaveCount(69);
        doc.Body.Should().Contain("Why Moscow is preparing to return to Syria").And.Contain("This is quite impressive.");
        doc.Body.Should().NotContainAny("Sunday, 5 June 2016", "© Reuters", "No comments", "Post a Comment");
        doc.Comments.Should().BeEmpty();
    }

    [SeedFact]
    public void Seeds_never_start_the_body_with_the_title()
    {
        foreach (var seed in new[] { "000", "001", "002", "003", "004" })
        {
            var doc = Extract(seed);
            doc.Title.Should().NotBeNullOrEmpty();
            doc.Body.Should().NotContain(doc.Title!, $"seed {seed} keeps the headline in title only");
            doc.Removed.Should().Contain(r => r.Reason == "title" && r.Text == doc.Title);
        }
    }

    internal static IReadOnlyList<string> Paragraphs(Document doc) => doc.Body.Split("\n\n");

    private static string? Reason(Document doc, string line) => doc.Removed.FirstOrDefault(r => r.Text == line)?.Reason;
}

using Sitrep.Documents;
using Sitrep.Extract.PlainText;

namespace Sitrep.Tests.Extract.PlainText;

/// <summary>The headline of a flattened page is found once (TextTitle): the title reported, the line cut from
/// the body and the line the byline is looked for under are the same.</summary>
public class HeadlineOwnerTests
{
    private const string Page = """
        # Sitrep field notes
        **Draft.** Written for the project by the desk, with no markup left in it at all
        and a second line of the same paragraph, as a flattened README reads.

        The convoy reached Deir ez-Zor on Tuesday after a three-day drive along the Euphrates, the monitors said, and the crossing stayed open through the night.
        Local officials counted forty trucks of flour and medicine, fewer than the hundred promised at the talks in Astana last month, and asked for more.
        """;

    [Fact]
    public void A_markdown_heading_over_prose_is_the_title_and_the_prose_stays_in_the_body()
    {
        var doc = new TextExtractor().Extract(Pages.Text(Page));
        doc.Title.Should().Be("# Sitrep field notes");
        doc.Body.Should().StartWith("**Draft.** Written for the project");
        doc.Body.Should().NotContain("Sitrep field notes");
    }

    [Fact]
    public void The_container_title_wins_and_is_cut_from_the_body()
    {
        const string page = """
            JULY 2022
            Russia and Turkey agree on joint patrols in Idlib
            By Maria Petrova
            The defence ministers of Russia and Turkey agreed on Thursday to run joint patrols along the M4 highway in Idlib province, starting next week, officials said.
            The patrols are meant to keep the corridor open for trade and aid convoys, and to separate the armed groups that have fought over it since the spring.
            """;
        var doc = new TextExtractor().Extract(Pages.Text(page, hints: new DocumentHints(Title: "Russia and Turkey agree on joint patrols in Idlib")));
        doc.Title.Should().Be("Russia and Turkey agree on joint patrols in Idlib");
        doc.Body.Should().NotContain("agree on joint patrols in Idlib");

        var untitled = new TextExtractor().Extract(Pages.Text(page));
        untitled.Title.Should().Be("Russia and Turkey agree on joint patrols in Idlib");
        untitled.Authors.Should().Equal("Maria Petrova");
        untitled.Body.Should().StartWith("The defence ministers");
    }
}

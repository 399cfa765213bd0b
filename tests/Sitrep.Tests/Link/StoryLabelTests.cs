using Sitrep.Link;

namespace Sitrep.Tests.Link;

/// <summary>How a story's label writes the folded names it is made of.</summary>
public class StoryLabelTests
{
    [Theory]
    [InlineData("bashar al-assad", "Bashar al-Assad")]
    [InlineData("deir ez-zor", "Deir ez-Zor")]
    [InlineData("al-nusra front", "Al-Nusra Front")]
    [InlineData("khmeimim air base", "Khmeimim Air Base")]
    [InlineData("guinea-bissau", "Guinea-Bissau")]
    public void A_folded_name_is_written_with_its_capitals(string key, string title) =>
        StoryLabel.Title(key).Should().Be(title);
}

using Sitrep.Extract.Metadata.Outlets;

namespace Sitrep.Tests.Extract.Metadata;

public class OutletTableTests
{
    [Fact]
    public void The_embedded_table_loads_the_outlets_of_this_news_space()
    {
        var t = OutletTable.Default;
        foreach (var name in new[] { "The Duran", "RT", "Sputnik", "TASS", "SANA", "Al-Manar", "SouthFront", "Al Masdar News", "Reuters", "Associated Press", "AFP", "BBC", "Al Jazeera", "Al Arabiya", "Anadolu Agency", "Press TV", "Syrian Observatory for Human Rights" })
            t.ByName(name).Should().NotBeNull(name);
    }

    [Theory]
    [InlineData("www.rt.com", "RT")]
    [InlineData("arabic.rt.com", "RT")]
    [InlineData("english.almanar.com.lb", "Al-Manar")]
    [InlineData("southfront.org", "SouthFront")]
    public void Hosts_map_to_outlets(string host, string name) =>
        OutletTable.Default.ByHost(host.StartsWith("www.") ? host[4..] : host)!.Name.Should().Be(name);

    [Fact]
    public void Unknown_hosts_map_to_nothing() => OutletTable.Default.ByHost("example.org").Should().BeNull();

    [Theory]
    [InlineData("© 2016 Sputnik", "Sputnik")]
    [InlineData("Please support The Duran and help us keep reporting", "The Duran")]
    [InlineData("Copyright 2017 Al Masdar News", "Al Masdar News")]
    public void Self_signatures_are_found(string text, string name) =>
        OutletTable.Default.FindSignatures(text).Should().Contain(h => h.Outlet.Name == name);

    [Theory]
    [InlineData("RT reports that the army advanced")]
    [InlineData("© Reuters")]
    [InlineData("according to Sputnik")]
    public void Citations_are_not_signatures(string text) =>
        OutletTable.Default.FindSignatures(text).Should().BeEmpty();

    [Fact]
    public void Parse_skips_comments_and_short_rows()
    {
        var list = OutletTable.Parse("# comment\nA\nName\tname.com\tAlias|alias.org\tSig one\n");
        list.Should().ContainSingle().Which.Domains.Should().Equal("name.com", "alias.org");
    }
}

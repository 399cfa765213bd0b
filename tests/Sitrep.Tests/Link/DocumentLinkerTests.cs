using Sitrep.Link;
using static Sitrep.Tests.Link.LinkFixtures;

namespace Sitrep.Tests.Link;

public class DocumentLinkerTests
{
    private static LinkText Text(string id, string body, string? date) => new(id, body, date, null);

    [Fact]
    public void A_syndicated_copy_with_new_chrome_and_a_cut_tail_is_a_duplicate_with_the_original_first()
    {
        var links = DocumentLinker.Judge(Text("copy", Syndicated, "2017-06-02"), Text("orig", Convoys, "2017-06-01")).ToList();
        links.Should().ContainSingle();
        links[0].Kind.Should().Be("duplicate");
        links[0].A.Should().Be("orig", "the earlier publication comes first even when it arrived second");
        links[0].AEnd.Should().Be(Convoys.Length);
    }

    [Fact]
    public void An_article_quoting_one_statement_is_reuse_not_a_duplicate()
    {
        var links = DocumentLinker.Judge(Text("orig", Convoys, "2017-06-01"), Text("op-ed", Quoting, "2017-06-03")).ToList();
        links.Should().ContainSingle();
        links[0].Kind.Should().Be("reuse");
        Convoys[links[0].AStart..links[0].AEnd].Should().StartWith("The Russian Defence Ministry said");
        Quoting[links[0].BStart..links[0].BEnd].Should().StartWith("The Russian Defence Ministry said");
    }

    [Fact]
    public void A_dated_document_goes_before_an_undated_one_and_two_undated_keep_the_order_of_arrival()
    {
        DocumentLinker.Judge(Text("stored", Quoting, null), Text("new", Convoys, "2017-06-01")).Single().A.Should().Be("new");
        DocumentLinker.Judge(Text("stored", Quoting, null), Text("new", Convoys, null)).Single().A.Should().Be("stored");
        DocumentLinker.Judge(Text("stored", Quoting, "2017-06-01"), Text("new", Convoys, "2017-06-01")).Single().A.Should().Be("stored");
    }

    [Fact]
    public void Near_duplicates_share_lsh_bands_and_unrelated_articles_do_not()
    {
        static long[] Bands(string body) => MinHash.BandKeys(MinHash.Signature(new HashSet<ulong>(Shingles.At(WordTokens.Of(body)))));
        Bands(Convoys).Intersect(Bands(Syndicated)).Should().NotBeEmpty();
        Bands(Convoys).Intersect(Bands(Harvest)).Should().BeEmpty();
    }
}

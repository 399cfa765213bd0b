using Sitrep.Pipeline;

namespace Sitrep.Tests.Pipeline;

public class StageRegistryTests
{
    [Fact]
    public void Selects_named_stages_in_registry_order_and_rejects_unknown_names()
    {
        StageRegistry.Select(null).Select(s => s.Name).Should().Equal(StageRegistry.Default().Select(s => s.Name));
        StageRegistry.Select(["places", "language"]).Select(s => s.Name).Should().Equal("language", "places");
        var act = () => StageRegistry.Select(["language", "sentiment"]);
        act.Should().Throw<ArgumentException>().WithMessage("*sentiment*stages: language*");
    }
}

using AwesomeAssertions;
using Sitrep.Analyse.Attributions.Learned;
using Xunit;

namespace Sitrep.Tests.AttributionLearned;

public class PooledGridTests
{
    // Three thresholds, two folds. The small fold (20 gold) alone prefers the low threshold; the large one (200 gold)
    // prefers the high one by a little. Tuned on the small fold the threshold lands low; pooled, the counts of the large
    // fold weigh as they should and the high threshold wins.
    private static readonly HitCounts[] Small = [new(20, 20, 16), new(20, 20, 12), new(20, 20, 8)];
    private static readonly HitCounts[] Large = [new(200, 200, 120), new(200, 200, 126), new(200, 200, 140)];

    [Fact]
    public void Pooling_adds_the_counts_of_every_fold_per_grid_point()
    {
        var pooled = PooledGrid.Pool([Small, Large]);
        pooled.Should().Equal(new HitCounts(220, 220, 136), new HitCounts(220, 220, 138), new HitCounts(220, 220, 148));
    }

    [Fact]
    public void One_fold_alone_picks_its_own_spike_but_the_pooled_counts_pick_what_holds_over_all_articles()
    {
        PooledGrid.Best(Small, Small.Length, double.NegativeInfinity).Index.Should().Be(0);
        PooledGrid.Best(PooledGrid.Pool([Small, Large]), Small.Length, double.NegativeInfinity).Index.Should().Be(2);
    }

    [Fact]
    public void A_lone_spike_loses_to_a_plateau_once_neighbours_are_averaged()
    {
        HitCounts[] grid = [new(100, 100, 50), new(100, 100, 80), new(100, 100, 50), new(100, 100, 74), new(100, 100, 75), new(100, 100, 74)];
        PooledGrid.Best(grid, grid.Length).Index.Should().Be(4);
    }

    [Fact]
    public void Nothing_above_the_floor_is_no_choice()
    {
        HitCounts[] gaps = [new(100, 100, 60), new(100, 100, 61), new(100, 100, 70)];
        PooledGrid.Best(gaps, 2, floor: gaps[2].F1).Index.Should().Be(-1);
        PooledGrid.Best(gaps, 2, floor: 0.5).Index.Should().Be(1);
    }
}

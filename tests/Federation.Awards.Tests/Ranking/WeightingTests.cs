using static Federation.Awards.Tests.Ranking.Judging;

namespace Federation.Awards.Tests.Ranking;

public sealed class WeightingTests
{
    [Fact]
    public void Strength_on_a_30_percent_criterion_beats_the_same_strength_on_a_20_percent_one()
    {
        // Scores in the order cross-domain (30%), impact (30%), functionality (20%), innovation (20%).
        // J1: entry 1 = 9, 5, 5, 5 -> .3*9 + .3*5 + .2*5 + .2*5 = 2.7 + 1.5 + 1.0 + 1.0 = 6.2
        //     entry 2 = 5, 5, 9, 5 -> .3*5 + .3*5 + .2*9 + .2*5 = 1.5 + 1.5 + 1.8 + 1.0 = 5.8
        // J2: entry 1 = 8, 6, 5, 5 -> 2.4 + 1.8 + 1.0 + 1.0 = 6.2
        //     entry 2 = 5, 6, 8, 5 -> 1.5 + 1.8 + 1.6 + 1.0 = 5.9
        // Every raw total is 24: only the weights separate the entries.
        // Entry 1: (6.2 + 6.2) / 2 = 6.20; entry 2: (5.8 + 5.9) / 2 = 5.85, although submitted first.
        var result = Rank(
            [Entry(1, day: 2), Entry(2, day: 1)],
            [
                Sheet("J1", 1, 9, 5, 5, 5), Sheet("J1", 2, 5, 5, 9, 5),
                Sheet("J2", 1, 8, 6, 5, 5), Sheet("J2", 2, 5, 6, 8, 5),
            ]);

        Assert.Equal(new (int, int?, decimal?)[] { (1, 1, 6.20m), (2, 2, 5.85m) }, result.Table());
        Assert.Equal(5.85m, result.Of(2).RankingScore);
        // Criterion averages are raw scores: cross-domain (9 + 8) / 2, functionality (9 + 8) / 2.
        Assert.Equal((8.5m, 5m), (result.Of(1).CriterionAverages["cross-domain"], result.Of(1).CriterionAverages["functionality"]));
        Assert.Equal((5m, 8.5m), (result.Of(2).CriterionAverages["cross-domain"], result.Of(2).CriterionAverages["functionality"]));
        Assert.All(result.Standings, s => Assert.Equal((false, (TieBreakRule?)null), (s.Tied, s.DecidedBy)));
    }

    [Fact]
    public void An_entry_scored_by_two_judges_is_not_behind_one_scored_by_three_at_the_same_level()
    {
        // Entry 1: J1, J2, J3 each 8 -> average 24 / 3 = 8.00 (a total would give 24)
        // Entry 2: J1, J2 each 8     -> average 16 / 2 = 8.00 (a total would give 16)
        // Entry 3: J1, J2 each 8.5   -> average 17 / 2 = 8.50 (a total would give 17, behind entry 1)
        // Entries 1 and 2 have no spread (0 and 0): the lowest-spread rule cannot part them.
        var result = Rank(
            [Entry(1, day: 1), Entry(2, day: 2), Entry(3, day: 3)],
            [
                Flat("J1", 1, 8), Flat("J2", 1, 8), Flat("J3", 1, 8),
                Flat("J1", 2, 8), Flat("J2", 2, 8),
                Flat("J1", 3, 8.5m), Flat("J2", 3, 8.5m),
            ],
            LowestSpread);

        Assert.Equal(new (int, int?, decimal?)[] { (3, 1, 8.50m), (1, 2, 8.00m), (2, 2, 8.00m) }, result.Table());
        Assert.Equal((3, 2), (result.Of(1).CountingSheets, result.Of(2).CountingSheets));
        Assert.True(result.Of(1).Tied && result.Of(2).Tied);
    }
}

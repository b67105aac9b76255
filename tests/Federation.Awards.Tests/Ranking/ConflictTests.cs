using static Federation.Awards.Tests.Ranking.Judging;

namespace Federation.Awards.Tests.Ranking;

public sealed class ConflictTests
{
    // J1 declares a conflict on entry 1 and gives it 10; J2 and J3 give it 6 and 7. Entry 2 gets 7 from all three.
    // Counted:    entry 1 = (10 + 6 + 7) / 3 = 23 / 3 = 7.6667 (7.67), ahead of entry 2 at 7.00.
    // Set aside:  entry 1 = (6 + 7) / 2 = 6.50, behind entry 2 at 7.00.
    private static RankingResult RankWithConflict(ConflictOfInterest conflict, bool excluded) => Rank(
        [Entry(1, day: 1), Entry(2, day: 2)],
        [
            Flat("J1", 1, 10, conflict, excluded), Flat("J2", 1, 6), Flat("J3", 1, 7),
            Flat("J1", 2, 7), Flat("J2", 2, 7), Flat("J3", 2, 7),
        ]);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_real_conflict_recuses_the_judges_sheet(bool excluded)
    {
        var result = RankWithConflict(ConflictOfInterest.Real, excluded);

        Assert.Equal(new (int, int?, decimal?)[] { (2, 1, 7.00m), (1, 2, 6.50m) }, result.Table());
        var entry = result.Of(1);
        Assert.Equal((2, 1, 0), (entry.CountingSheets, entry.RecusedOrExcludedSheets, entry.IncompleteSheets));
        // The recused 10 is out of the criterion averages too: (6 + 7) / 2.
        Assert.Equal(6.5m, entry.CriterionAverages["impact"]);
    }

    [Theory]
    [InlineData(ConflictOfInterest.Apparent)]
    [InlineData(ConflictOfInterest.Potential)]
    public void A_disclosed_conflict_counts_when_the_secretariat_did_not_exclude_it(ConflictOfInterest conflict)
    {
        var result = RankWithConflict(conflict, excluded: false);

        Assert.Equal(new (int, int?, decimal?)[] { (1, 1, 7.67m), (2, 2, 7.00m) }, result.Table());
        Assert.Equal(7.6667m, result.Of(1).RankingScore);
        Assert.Equal((3, 0), (result.Of(1).CountingSheets, result.Of(1).RecusedOrExcludedSheets));
    }

    [Theory]
    [InlineData(ConflictOfInterest.Apparent)]
    [InlineData(ConflictOfInterest.Potential)]
    public void A_disclosed_conflict_excluded_by_the_secretariat_does_not_count(ConflictOfInterest conflict)
    {
        var result = RankWithConflict(conflict, excluded: true);

        Assert.Equal(new (int, int?, decimal?)[] { (2, 1, 7.00m), (1, 2, 6.50m) }, result.Table());
        Assert.Equal((2, 1), (result.Of(1).CountingSheets, result.Of(1).RecusedOrExcludedSheets));
    }
}

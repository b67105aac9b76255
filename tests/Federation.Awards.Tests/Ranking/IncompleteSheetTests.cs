using static Federation.Awards.Tests.Ranking.Judging;

namespace Federation.Awards.Tests.Ranking;

public sealed class IncompleteSheetTests
{
    [Fact]
    public void A_sheet_missing_a_score_neither_counts_nor_penalises()
    {
        // Entry 1: J1 8 everywhere -> 8; J2 2, 2, 2 and no innovation score -> incomplete; J3 nothing yet -> incomplete.
        //   Only J1 counts: 8.00. Had J2's gap counted as 0: .3*2 + .3*2 + .2*2 + .2*0 = 1.6, and (8 + 1.6) / 2 = 4.80.
        // Entry 2: J1, J2, J3 each 7 -> 7.00.
        var result = Rank(
            [Entry(1, day: 1), Entry(2, day: 2)],
            [
                Flat("J1", 1, 8), Partial("J2", 1, ("cross-domain", 2), ("impact", 2), ("functionality", 2)), Partial("J3", 1),
                Flat("J1", 2, 7), Flat("J2", 2, 7), Flat("J3", 2, 7),
            ]);

        Assert.Equal(new (int, int?, decimal?)[] { (1, 1, 8.00m), (2, 2, 7.00m) }, result.Table());
        var entry = result.Of(1);
        Assert.Equal((1, 0, 2), (entry.CountingSheets, entry.RecusedOrExcludedSheets, entry.IncompleteSheets));
        // J2's 2 is not in the average either: 8, not (8 + 2) / 2 = 5.
        Assert.Equal(8m, entry.CriterionAverages["cross-domain"]);
    }

    [Fact]
    public void An_incomplete_sheet_of_a_recused_judge_is_reported_as_recused_not_missing()
    {
        var result = Rank(
            [Entry(1, day: 1)],
            [Flat("J1", 1, 6), Partial("J2", 1, ("impact", 9)) with { Conflict = ConflictOfInterest.Real }]);

        var entry = result.Of(1);
        Assert.Equal((1, 1, 0), (entry.CountingSheets, entry.RecusedOrExcludedSheets, entry.IncompleteSheets));
        Assert.Equal(6.00m, entry.Score);
    }
}

using static Federation.Awards.Tests.Ranking.Judging;

namespace Federation.Awards.Tests.Ranking;

public sealed class UnrankedTests
{
    [Fact]
    public void Entries_without_a_counting_sheet_come_last_unranked_in_submission_order()
    {
        // Entry 1 (1 Nov): only a recused sheet. Entry 3 (2 Nov): only an incomplete sheet.
        // Entry 4 (3 Nov): J1 5 -> 5.00. Entry 2 (4 Nov): no sheet at all.
        var result = Rank(
            [Entry(1, day: 1), Entry(2, day: 4), Entry(3, day: 2), Entry(4, day: 3)],
            [Flat("J1", 1, 9, ConflictOfInterest.Real), Partial("J1", 3, ("impact", 9)), Flat("J1", 4, 5)]);

        Assert.Equal(new (int, int?, decimal?)[] { (4, 1, 5.00m), (1, null, null), (3, null, null), (2, null, null) }, result.Table());
        Assert.Equal((0, 1, 0), (result.Of(1).CountingSheets, result.Of(1).RecusedOrExcludedSheets, result.Of(1).IncompleteSheets));
        Assert.Equal((0, 0, 1), (result.Of(3).CountingSheets, result.Of(3).RecusedOrExcludedSheets, result.Of(3).IncompleteSheets));
        Assert.All(result.Standings.Skip(1), s => Assert.Equal((null, false, 0), (s.RankingScore, s.Tied, s.CriterionAverages.Count)));
    }
}

using static Federation.Awards.Tests.Ranking.Judging;

namespace Federation.Awards.Tests.Ranking;

public sealed class TieBreakTests
{
    [Theory]
    [InlineData("impact", 2)]
    [InlineData("cross-domain", 1)]
    public void The_higher_average_on_the_named_criterion_wins_a_tie(string criterion, int winner)
    {
        // Entry 1: J1 8, 6, 7, 7 -> 2.4 + 1.8 + 1.4 + 1.4 = 7.0; J2 7 everywhere -> 7.0. Score 7.00.
        //          cross-domain (8 + 7) / 2 = 7.5, impact (6 + 7) / 2 = 6.5
        // Entry 2: J1 6, 8, 7, 7 -> 1.8 + 2.4 + 1.4 + 1.4 = 7.0; J2 7 everywhere -> 7.0. Score 7.00.
        //          cross-domain 6.5, impact 7.5
        var result = Rank(
            [Entry(1, day: 1), Entry(2, day: 2)],
            [Sheet("J1", 1, 8, 6, 7, 7), Flat("J2", 1, 7), Sheet("J1", 2, 6, 8, 7, 7), Flat("J2", 2, 7)],
            OnCriterion(criterion));

        Assert.Equal(new (int, int?, decimal?)[] { (winner, 1, 7.00m), (3 - winner, 2, 7.00m) }, result.Table());
        Assert.All(result.Standings, s => Assert.Equal((TieBreakRule.Criterion, false), (s.DecidedBy!.Value, s.Tied)));
    }

    [Fact]
    public void The_entry_its_judges_agreed_on_more_wins_a_lowest_spread_tie()
    {
        // Entry 1 (earlier): J1 9, J2 5 -> 7.00, spread sqrt(((9 - 7)² + (5 - 7)²) / 2) = 2
        // Entry 2:           J1 7, J2 7 -> 7.00, spread 0
        var result = Rank(
            [Entry(1, day: 1), Entry(2, day: 2)],
            [Flat("J1", 1, 9), Flat("J2", 1, 5), Flat("J1", 2, 7), Flat("J2", 2, 7)],
            LowestSpread);

        Assert.Equal(new (int, int?, decimal?)[] { (2, 1, 7.00m), (1, 2, 7.00m) }, result.Table());
        Assert.Equal(TieBreakRule.LowestSpread, result.Of(2).DecidedBy);
    }

    [Fact]
    public void The_entry_submitted_first_wins_an_earliest_entry_tie()
    {
        // Both 7.00; entry 2 was submitted on 1 November, entry 1 on 3 November.
        var result = Rank(
            [Entry(1, day: 3), Entry(2, day: 1)],
            [Flat("J1", 1, 7), Flat("J2", 1, 7), Flat("J1", 2, 7), Flat("J2", 2, 7)],
            EarliestEntry);

        Assert.Equal(new (int, int?, decimal?)[] { (2, 1, 7.00m), (1, 2, 7.00m) }, result.Table());
        Assert.Equal(TieBreakRule.EarliestEntry, result.Of(1).DecidedBy);
    }

    [Fact]
    public void Entries_the_rule_cannot_part_share_the_rank_in_submission_order()
    {
        // Entry 1: 8, 8 -> 8.00. Entries 2 and 3: 7, 7 -> 7.00, both spread 0: still tied. Entry 4: 6, 6 -> 6.00.
        // Ranks 1, 2, 2, 4; entry 3 (submitted 2 November) listed before entry 2 (3 November).
        var result = Rank(
            [Entry(1, day: 1), Entry(2, day: 3), Entry(3, day: 2), Entry(4, day: 4)],
            [
                Flat("J1", 1, 8), Flat("J2", 1, 8), Flat("J1", 2, 7), Flat("J2", 2, 7),
                Flat("J1", 3, 7), Flat("J2", 3, 7), Flat("J1", 4, 6), Flat("J2", 4, 6),
            ],
            LowestSpread);

        Assert.Equal(new (int, int?, decimal?)[] { (1, 1, 8.00m), (3, 2, 7.00m), (2, 2, 7.00m), (4, 4, 6.00m) }, result.Table());
        Assert.Equal(new[] { false, true, true, false }, result.Standings.Select(s => s.Tied));
        Assert.All(result.Standings, s => Assert.Null(s.DecidedBy));
    }

    [Fact]
    public void A_rule_that_parts_one_of_three_equal_entries_leaves_the_other_two_sharing_a_rank()
    {
        // Entry 4: 8.00. Entries 1, 2, 3: 7.00 each.
        // Impact: entry 1 (8 + 7) / 2 = 7.5 (J1 6, 8, 7, 7 -> 1.8 + 2.4 + 1.4 + 1.4 = 7.0); entries 2 and 3: 7.
        // Ranks: entry 4 1st, entry 1 2nd, entries 2 and 3 share 3rd.
        var result = Rank(
            [Entry(1, day: 1), Entry(2, day: 2), Entry(3, day: 3), Entry(4, day: 4)],
            [
                Sheet("J1", 1, 6, 8, 7, 7), Flat("J2", 1, 7), Flat("J1", 2, 7), Flat("J2", 2, 7),
                Flat("J1", 3, 7), Flat("J2", 3, 7), Flat("J1", 4, 8), Flat("J2", 4, 8),
            ],
            OnCriterion("impact"));

        Assert.Equal(new (int, int?, decimal?)[] { (4, 1, 8.00m), (1, 2, 7.00m), (2, 3, 7.00m), (3, 3, 7.00m) }, result.Table());
        Assert.Equal(new[] { false, false, true, true }, result.Standings.Select(s => s.Tied));
        Assert.Equal(new TieBreakRule?[] { null, TieBreakRule.Criterion, TieBreakRule.Criterion, TieBreakRule.Criterion }, result.Standings.Select(s => s.DecidedBy));
    }

    [Fact]
    public void Scores_equal_to_four_places_are_a_tie()
    {
        // Entry 1 (earlier): J1 7.33333 everywhere -> 7.33333 -> 7.3333
        // Entry 2:           J1 7, J2 7, J3 8 -> 22 / 3 = 7.333333... -> 7.3333 (ahead only in the 6th place)
        // Equal at 4 places, so the tie-break decides: entry 1 was submitted first.
        var result = Rank(
            [Entry(1, day: 1), Entry(2, day: 2)],
            [Flat("J1", 1, 7.33333m), Flat("J1", 2, 7), Flat("J2", 2, 7), Flat("J3", 2, 8)]);

        Assert.Equal(new (int, int?, decimal?)[] { (1, 1, 7.33m), (2, 2, 7.33m) }, result.Table());
        Assert.Equal((7.3333m, TieBreakRule.EarliestEntry), (result.Of(2).RankingScore!.Value, result.Of(2).DecidedBy!.Value));
    }
}

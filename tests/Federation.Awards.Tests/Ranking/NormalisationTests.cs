using static Federation.Awards.Tests.Ranking.Judging;

namespace Federation.Awards.Tests.Ranking;

public sealed class NormalisationTests
{
    private static readonly EntryToRank[] Four = [Entry(1, day: 1), Entry(2, day: 2), Entry(3, day: 3), Entry(4, day: 4)];

    // A harsh judge (J1) scores entries 1 and 2 at 4 and 6; a lenient judge (J2) scores entries 3 and 4 at 8 and 9.
    private static readonly ScoreSheet[] HarshAndLenient = [Flat("J1", 1, 4), Flat("J1", 2, 6), Flat("J2", 3, 8), Flat("J2", 4, 9)];

    [Fact]
    public void Without_normalisation_the_lenient_judges_entries_lead()
    {
        var result = Rank(Four, HarshAndLenient);

        Assert.Equal(new (int, int?, decimal?)[] { (4, 1, 9.00m), (3, 2, 8.00m), (2, 3, 6.00m), (1, 4, 4.00m) }, result.Table());
    }

    [Fact]
    public void With_normalisation_each_judges_best_entry_leads_whatever_the_judges_scale()
    {
        // J1: mean (4 + 6) / 2 = 5, sd sqrt((1 + 1) / 2) = 1        -> z(entry 1) = -1, z(entry 2) = +1
        // J2: mean (8 + 9) / 2 = 8.5, sd sqrt((.25 + .25) / 2) = .5 -> z(entry 3) = -1, z(entry 4) = +1
        // All sheets: M = (4 + 6 + 8 + 9) / 4 = 6.75
        //   S = sqrt((2.75² + .75² + 1.25² + 2.25²) / 4) = sqrt((7.5625 + .5625 + 1.5625 + 5.0625) / 4) = sqrt(3.6875) = 1.920286
        // Entries 2 and 4: 6.75 + 1.920286 = 8.670286 -> 8.6703; entries 1 and 3: 6.75 - 1.920286 = 4.829714 -> 4.8297.
        // Equal pairs: the earlier entry wins (2 before 4, 1 before 3).
        var result = Rank(Four, HarshAndLenient, normalise: true);

        Assert.Equal(new (int, int?, decimal?)[] { (2, 1, 8.67m), (4, 2, 8.67m), (1, 3, 4.83m), (3, 4, 4.83m) }, result.Table());
        Assert.Equal(new decimal?[] { 8.6703m, 8.6703m, 4.8297m, 4.8297m }, result.Standings.Select(s => s.RankingScore));
        Assert.All(result.Standings, s => Assert.Equal(TieBreakRule.EarliestEntry, s.DecidedBy));
    }

    [Fact]
    public void An_entrys_z_is_the_average_of_its_judges_z()
    {
        // J1 scores entries 1, 2, 3 at 2, 4, 6: mean 4, sd sqrt((4 + 0 + 4) / 3) = sqrt(8/3) = 1.632993
        //   -> z = -2 / 1.632993 = -1.224745, 0, +1.224745
        // J2 scores entries 1, 2 at 8, 9: mean 8.5, sd .5 -> z = -1, +1
        // Entry z: 1 = (-1.224745 - 1) / 2 = -1.112372; 2 = (0 + 1) / 2 = .5; 3 = 1.224745 (J1 only).
        // All sheets 2, 4, 6, 8, 9: M = 29 / 5 = 5.8; S = sqrt((3.8² + 1.8² + .2² + 2.2² + 3.2²) / 5) = sqrt(32.8 / 5) = sqrt(6.56) = 2.561250
        // Entry 3: 5.8 + 1.224745 * 2.561250 = 8.936877 -> 8.9369
        // Entry 2: 5.8 + .5 * 2.561250 = 7.080625 -> 7.0806 (plain average (4 + 9) / 2 = 6.50 would lead entry 3's 6.00)
        // Entry 1: 5.8 - 1.112372 * 2.561250 = 2.950936 -> 2.9509
        var result = Rank(
            [Entry(1, day: 1), Entry(2, day: 2), Entry(3, day: 3)],
            [Flat("J1", 1, 2), Flat("J1", 2, 4), Flat("J1", 3, 6), Flat("J2", 1, 8), Flat("J2", 2, 9)],
            normalise: true);

        Assert.Equal(new (int, int?, decimal?)[] { (3, 1, 8.94m), (2, 2, 7.08m), (1, 3, 2.95m) }, result.Table());
        Assert.Equal(new decimal?[] { 8.9369m, 7.0806m, 2.9509m }, result.Standings.Select(s => s.RankingScore));
    }

    [Fact]
    public void A_judge_with_a_single_sheet_is_neutral()
    {
        // J1 scores entries 1, 2 at 4, 6 -> z = -1, +1 (as above). J2 scores only entry 3, at 9: one sheet -> z = 0.
        // All sheets 4, 6, 9: M = 19 / 3 = 6.333333; deviations -7/3, -1/3, 8/3
        //   S = sqrt((49 + 1 + 64) / 9 / 3) = sqrt(38 / 9) = 2.054805
        // Entry 2: 6.333333 + 2.054805 = 8.388138 -> 8.3881; entry 3: 6.333333 -> 6.3333; entry 1: 6.333333 - 2.054805 = 4.278529 -> 4.2785.
        // Without normalisation J2's lone 9 would put entry 3 first.
        var result = Rank([Entry(1, day: 1), Entry(2, day: 2), Entry(3, day: 3)], [Flat("J1", 1, 4), Flat("J1", 2, 6), Flat("J2", 3, 9)], normalise: true);

        Assert.Equal(new (int, int?, decimal?)[] { (2, 1, 8.39m), (3, 2, 6.33m), (1, 3, 4.28m) }, result.Table());
        Assert.Equal(new decimal?[] { 8.3881m, 6.3333m, 4.2785m }, result.Standings.Select(s => s.RankingScore));
    }

    [Fact]
    public void A_judge_who_gives_everyone_the_same_score_is_neutral()
    {
        // J1 scores entries 1, 2 at 4, 6 -> z = -1, +1. J2 gives entries 3 and 4 both 9: sd 0 -> z = 0, 0.
        // All sheets 4, 6, 9, 9: M = 28 / 4 = 7; S = sqrt((9 + 1 + 4 + 4) / 4) = sqrt(4.5) = 2.121320
        // Entry 2: 7 + 2.121320 = 9.121320 -> 9.1213; entries 3 and 4: 7.0000 (entry 3 earlier); entry 1: 7 - 2.121320 = 4.878680 -> 4.8787.
        var result = Rank(Four, [Flat("J1", 1, 4), Flat("J1", 2, 6), Flat("J2", 3, 9), Flat("J2", 4, 9)], normalise: true);

        Assert.Equal(new (int, int?, decimal?)[] { (2, 1, 9.12m), (3, 2, 7.00m), (4, 3, 7.00m), (1, 4, 4.88m) }, result.Table());
        Assert.Equal(new decimal?[] { 9.1213m, 7.0000m, 7.0000m, 4.8787m }, result.Standings.Select(s => s.RankingScore));
    }

    [Fact]
    public void A_normalised_score_stays_on_the_0_to_10_scale()
    {
        // J1 scores entries 1, 2 at 0, 10 -> z = -1, +1. J2 gives entries 3, 4 both 10 -> z = 0.
        // All sheets 0, 10, 10, 10: M = 7.5; S = sqrt((56.25 + 6.25 * 3) / 4) = sqrt(18.75) = 4.330127
        // Entry 2: 7.5 + 4.330127 = 11.830127 -> clamped to 10; entries 3, 4: 7.5; entry 1: 7.5 - 4.330127 = 3.169873 -> 3.1699.
        var result = Rank(Four, [Flat("J1", 1, 0), Flat("J1", 2, 10), Flat("J2", 3, 10), Flat("J2", 4, 10)], normalise: true);

        Assert.Equal(new (int, int?, decimal?)[] { (2, 1, 10.00m), (3, 2, 7.50m), (4, 3, 7.50m), (1, 4, 3.17m) }, result.Table());
        Assert.Equal(3.1699m, result.Of(1).RankingScore);
    }
}

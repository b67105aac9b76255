namespace Federation.Awards.Domain.Ranking;

/// <summary>Orders tallied entries into standings: by score, then by the cycle's tie-break, then shared ranks.</summary>
internal static class Placing
{
    public static IReadOnlyList<EntryStanding> Of(IReadOnlyList<EntryTally> tallies, TieBreak tieBreak)
    {
        var standings = new List<EntryStanding>();
        var equalScores = tallies.Where(t => t.RankingScore is not null).GroupBy(t => t.RankingScore!.Value).OrderByDescending(g => g.Key);
        foreach (var equal in equalScores)
        {
            var byRule = equal.GroupBy(t => Merit(t, tieBreak)).OrderByDescending(g => g.Key).ToList();
            // The rule decided places only if it split the equal scores; a single group means it could not.
            TieBreakRule? decidedBy = byRule.Count > 1 ? tieBreak.Rule : null;
            foreach (var stillEqual in byRule)
            {
                // Standard competition ranking (1, 2, 2, 4): a rank is one more than the entries ahead.
                var rank = standings.Count + 1;
                var tied = stillEqual.Count() > 1;
                standings.AddRange(InSubmissionOrder(stillEqual).Select(t => t.Standing(rank, tied, decidedBy)));
            }
        }
        standings.AddRange(InSubmissionOrder(tallies.Where(t => t.RankingScore is null)).Select(t => t.Standing(null, false, null)));
        return standings;
    }

    /// <summary>What the tie-break compares, higher winning, at the same 4-place precision as scores.</summary>
    private static decimal Merit(EntryTally tally, TieBreak tieBreak) => tieBreak.Rule switch
    {
        TieBreakRule.Criterion => tally.CriterionAverages[tieBreak.CriterionKey!],
        TieBreakRule.LowestSpread => -tally.Spread,
        TieBreakRule.EarliestEntry => -tally.Entry.SubmittedAt.UtcTicks,
        _ => throw new ArgumentOutOfRangeException(nameof(tieBreak), tieBreak.Rule, "Unknown tie-break rule."),
    };

    // The id only makes the order repeatable for entries submitted at the same instant.
    private static IEnumerable<EntryTally> InSubmissionOrder(IEnumerable<EntryTally> tallies) =>
        tallies.OrderBy(t => t.Entry.SubmittedAt).ThenBy(t => t.Entry.Id);
}

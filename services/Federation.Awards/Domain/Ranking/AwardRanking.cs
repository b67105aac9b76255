namespace Federation.Awards.Domain.Ranking;

/// <summary>
/// Ranks a cycle's entries from the judges' score sheets. Scores are averages, not totals, of the counting
/// sheets, so an entry with fewer sheets (recusals, missing scores) is not penalised; optionally each judge
/// is first normalised to their own scale (see <see cref="Normalisation"/>).
/// </summary>
public static class AwardRanking
{
    /// <returns>The standings, ranked entries first then unranked ones in submission order; or the input's problems.</returns>
    public static RankingResult Rank(RankingInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = RankingChecks.Of(input);
        if (problems.Count > 0)
            return RankingResult.Invalid(problems);

        var counting = input.Sheets
            .Where(s => s.CountsOn(input.Criteria))
            .Select(s => new CountingSheet(s, s.ValueOn(input.Criteria)))
            .ToList();
        var scores = input.Normalise ? Normalisation.Scores(counting) : Averages(counting);
        // Each entry's sheets looked up, not searched for: a cycle has entries times judges sheets.
        var (sheetsOf, countingOf) = (input.Sheets.ToLookup(s => s.EntryId), counting.ToLookup(c => c.Sheet.EntryId));
        var tallies = input.Entries.Select(e => EntryTally.Of(e, input.Criteria, [.. sheetsOf[e.Id]], [.. countingOf[e.Id]], scores)).ToList();
        return RankingResult.Ranked(Placing.Of(tallies, input.TieBreak));
    }

    private static IReadOnlyDictionary<Guid, decimal> Averages(IReadOnlyList<CountingSheet> counting) =>
        counting.GroupBy(c => c.Sheet.EntryId).ToDictionary(g => g.Key, g => g.Average(c => c.Value));
}

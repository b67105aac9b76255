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

        // One pass over the sheets, each entry's looked up rather than searched for: a cycle has entries times judges sheets.
        var (counting, sheetsOf) = (new List<CountingSheet>(input.Sheets.Count), input.Entries.ToDictionary(e => e.Id, _ => new EntrySheets()));
        foreach (var sheet in input.Sheets)
        {
            var of = sheetsOf[sheet.EntryId];
            if (sheet.IsSetAside) of.SetAside++;
            else if (sheet.ScoresOn(input.Criteria) is not { } inOrder) of.Incomplete++;
            else
            {
                var counted = CountingSheet.Of(sheet, input.Criteria, inOrder);
                counting.Add(counted);
                of.Counting.Add(counted);
            }
        }
        var scores = input.Normalise ? Normalisation.Scores(counting) : Averages(sheetsOf);
        var tallies = input.Entries.Select(e => EntryTally.Of(e, input.Criteria, sheetsOf[e.Id], scores)).ToList();
        return RankingResult.Ranked(Placing.Of(tallies, input.TieBreak));
    }

    private static Dictionary<Guid, decimal> Averages(Dictionary<Guid, EntrySheets> sheetsOf) =>
        sheetsOf.Where(e => e.Value.Counting.Count > 0).ToDictionary(e => e.Key, e => e.Value.Counting.Average(c => c.Value));
}

/// <summary>An entry's sheets as they fall: counting, set aside (recused or excluded), or incomplete.</summary>
internal sealed class EntrySheets
{
    public List<CountingSheet> Counting { get; } = [];
    public int SetAside { get; set; }
    public int Incomplete { get; set; }
}

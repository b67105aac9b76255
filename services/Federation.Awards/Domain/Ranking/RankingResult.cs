namespace Federation.Awards.Domain.Ranking;

/// <summary>Where an entry stands in the cycle.</summary>
/// <param name="Rank">Standard competition rank (1, 2, 2, 4); null when no sheet of the entry counts.</param>
/// <param name="Score">The score on the 0-10 scale rounded to 2 places, for display; null when unranked.</param>
/// <param name="RankingScore">The score rounded to 4 places: what ranks compare, so that arithmetic noise
/// further down neither makes nor breaks a tie.</param>
/// <param name="CountingSheets">Complete sheets without a recused or excluded conflict.</param>
/// <param name="RecusedOrExcludedSheets">Sheets of a real conflict, or of a disclosed one the secretariat excluded.</param>
/// <param name="IncompleteSheets">Sheets missing a score on some criterion (or all): they neither count nor penalise.</param>
/// <param name="CriterionAverages">Average raw (unweighted) score per criterion over the counting sheets, to 4 places,
/// the precision a criterion tie-break compares; empty when no sheet counts.</param>
/// <param name="Tied">Shares its rank with an entry of the same score that the tie-break could not separate:
/// the secretariat decides between them.</param>
/// <param name="DecidedBy">The tie-break rule, when entries of the same score as this one were separated by it
/// (set on each of them, including those it left tied among themselves); null when no tie-break placed it.</param>
public sealed record EntryStanding(
    Guid EntryId,
    int? Rank,
    decimal? Score,
    decimal? RankingScore,
    int CountingSheets,
    int RecusedOrExcludedSheets,
    int IncompleteSheets,
    IReadOnlyDictionary<string, decimal> CriterionAverages,
    bool Tied,
    TieBreakRule? DecidedBy);

/// <summary>A reason the input cannot be ranked; <see cref="Field"/> is criteria, tieBreak, entries or sheets.</summary>
public sealed record RankingProblem(string Field, string Reason);

/// <summary>
/// A ranking, or every problem that prevents one. Problems are values, not exceptions, because the input is
/// the secretariat's data (a mistyped weight, a duplicated sheet): they are shown to be fixed, all at once.
/// </summary>
public sealed record RankingResult(IReadOnlyList<EntryStanding> Standings, IReadOnlyList<RankingProblem> Problems)
{
    public bool Succeeded => Problems.Count == 0;

    internal static RankingResult Ranked(IReadOnlyList<EntryStanding> standings) => new(standings, []);

    internal static RankingResult Invalid(IReadOnlyList<RankingProblem> problems) => new([], problems);
}

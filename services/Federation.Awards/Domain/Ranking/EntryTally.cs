namespace Federation.Awards.Domain.Ranking;

/// <summary>A complete sheet without a recused or excluded conflict: its scores in the criteria's order, and its weighted value (0 to 10).</summary>
internal sealed record CountingSheet(ScoreSheet Sheet, decimal[] Scores, decimal Value)
{
    /// <summary>The value is each score times its criterion's weight, over 100.</summary>
    public static CountingSheet Of(ScoreSheet sheet, IReadOnlyList<Criterion> criteria, decimal[] scores)
    {
        var total = 0m;
        for (var i = 0; i < criteria.Count; i++) total += criteria[i].Weight * scores[i];
        return new(sheet, scores, total / 100m);
    }
}

/// <summary>What an entry's sheets come to, before it is placed against the others.</summary>
/// <param name="CriterionAverages">Each criterion's average over the counting sheets, to 4 places; empty when none counts.
/// Computed once: the standing shows them and a criterion tie-break compares them.</param>
internal sealed record EntryTally(
    EntryToRank Entry,
    decimal? Score,
    IReadOnlyList<CountingSheet> Counting,
    int SetAside,
    int Incomplete,
    IReadOnlyDictionary<string, decimal> CriterionAverages)
{
    public static EntryTally Of(EntryToRank entry, IReadOnlyList<Criterion> criteria, EntrySheets sheets, IReadOnlyDictionary<Guid, decimal> scores) => new(
        entry,
        scores.TryGetValue(entry.Id, out var score) ? score : null,
        sheets.Counting,
        sheets.SetAside,
        sheets.Incomplete,
        AveragesOf(criteria, sheets.Counting));

    public decimal? RankingScore => Score is { } score ? Statistics.ToRankingPrecision(score) : null;

    public decimal Spread => Statistics.ToRankingPrecision(Statistics.StandardDeviation(Counting));

    public EntryStanding Standing(int? rank, bool tied, TieBreakRule? decidedBy) => new(
        Entry.Id,
        rank,
        Score is { } score ? Statistics.ToDisplay(score) : null,
        RankingScore,
        Counting.Count,
        SetAside,
        Incomplete,
        CriterionAverages,
        tied,
        decidedBy);

    private static Dictionary<string, decimal> AveragesOf(IReadOnlyList<Criterion> criteria, List<CountingSheet> counting)
    {
        var averages = new Dictionary<string, decimal>(counting.Count == 0 ? 0 : criteria.Count);
        if (counting.Count == 0) return averages;
        for (var i = 0; i < criteria.Count; i++)
        {
            // Summed in the sheets' order, as an average of them would be: decimals round at 28 digits.
            var sum = 0m;
            foreach (var sheet in counting) sum += sheet.Scores[i];
            averages[criteria[i].Key] = Statistics.ToRankingPrecision(sum / counting.Count);
        }
        return averages;
    }
}

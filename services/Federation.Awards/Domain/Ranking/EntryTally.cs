namespace Federation.Awards.Domain.Ranking;

/// <summary>A complete sheet without a recused or excluded conflict, and its weighted value (0 to 10).</summary>
internal sealed record CountingSheet(ScoreSheet Sheet, decimal Value);

/// <summary>What an entry's sheets come to, before it is placed against the others.</summary>
internal sealed record EntryTally(
    EntryToRank Entry,
    decimal? Score,
    IReadOnlyList<CountingSheet> Counting,
    int SetAside,
    int Incomplete,
    IReadOnlyList<Criterion> Criteria)
{
    /// <param name="sheets">The entry's sheets.</param>
    /// <param name="counting">Those of them that count.</param>
    public static EntryTally Of(EntryToRank entry, IReadOnlyList<Criterion> criteria, IReadOnlyList<ScoreSheet> sheets,
        IReadOnlyList<CountingSheet> counting, IReadOnlyDictionary<Guid, decimal> scores) => new(
            entry,
            scores.TryGetValue(entry.Id, out var score) ? score : null,
            counting,
            sheets.Count(s => s.IsSetAside),
            sheets.Count(s => !s.IsSetAside && !s.IsCompleteOn(criteria)),
            criteria);

    public decimal? RankingScore => Score is { } score ? Statistics.ToRankingPrecision(score) : null;

    public decimal CriterionAverage(string key) => Statistics.ToRankingPrecision(Counting.Average(c => c.Sheet.Scores[key]));

    public decimal Spread => Statistics.ToRankingPrecision(Statistics.StandardDeviation(Counting.Select(c => c.Value).ToList()));

    public EntryStanding Standing(int? rank, bool tied, TieBreakRule? decidedBy) => new(
        Entry.Id,
        rank,
        Score is { } score ? Statistics.ToDisplay(score) : null,
        RankingScore,
        Counting.Count,
        SetAside,
        Incomplete,
        Counting.Count == 0 ? new Dictionary<string, decimal>() : Criteria.ToDictionary(c => c.Key, c => CriterionAverage(c.Key)),
        tied,
        decidedBy);
}

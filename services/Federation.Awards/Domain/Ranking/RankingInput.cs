namespace Federation.Awards.Domain.Ranking;

/// <summary>An entry of the cycle; its submission time breaks <see cref="TieBreakRule.EarliestEntry"/> ties and orders unranked entries.</summary>
public sealed record EntryToRank(Guid Id, DateTimeOffset SubmittedAt);

/// <summary>
/// Everything a ranking is computed from: the cycle's criteria and tie-break (the cycle's own
/// <see cref="Criterion"/> and <see cref="Domain.TieBreak"/>, checked again here so the engine stands alone),
/// its entries and every score sheet. Criterion keys compare exactly (ordinal): they are keys, not labels.
/// </summary>
/// <param name="Normalise">Score each judge relative to their own scale (z-scores) before averaging.</param>
public sealed record RankingInput(
    IReadOnlyList<Criterion> Criteria,
    bool Normalise,
    TieBreak TieBreak,
    IReadOnlyList<EntryToRank> Entries,
    IReadOnlyList<ScoreSheet> Sheets);

using Federation.Awards.Domain.Ranking;
using Federation.Awards.Features.Cycles;

namespace Federation.Awards.Features.Secretariat;

/// <summary>A cycle's ranking over the sheets the secretariat holds: every assigned entry of every judge is a sheet, empty if unscored.</summary>
public sealed record CycleRanking(AwardCycle Cycle, IReadOnlyList<Entry> Entries, IReadOnlyList<Assignment> Assignments, RankingResult Result)
{
    public static async Task<CycleRanking> ComputeAsync(AwardsDbContext db, AwardCycle cycle, CancellationToken ct)
    {
        var entries = await db.Entries.AsNoTracking().Where(e => e.CycleId == cycle.Id).ToListAsync(ct);
        var nominated = entries.Where(e => e.Status == EntryStatus.Nominated).ToList();
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.CycleId == cycle.Id && a.HeldAt == cycle.HeldAt).ToListAsync(ct);
        var sheets = assignments.SelectMany(a => a.Entries.Where(e => nominated.Any(n => n.Id == e.EntryId)).Select(e => Sheet(a, e.EntryId))).ToList();
        var input = new RankingInput(cycle.Criteria, cycle.NormaliseScores, cycle.TieBreak,
            [.. nominated.Select(e => new EntryToRank(e.Id, e.NominatedAt ?? e.CreatedAt))], sheets);
        return new CycleRanking(cycle, nominated, assignments, AwardRanking.Rank(input));
    }

    /// <summary>The entries best first (unranked last), for choosing winners.</summary>
    public IReadOnlyList<Guid> Order() => [.. Result.Standings.Select(s => s.EntryId)];

    public RankingResponse ToResponse(DateTimeOffset now) => new(Cycle.Id, Cycle.NormaliseScores, Cycle.TieBreak.ToContract(),
        [.. Result.Standings.Select(Ranked)], now);

    private RankedEntryResponse Ranked(EntryStanding s)
    {
        var entry = Entries.First(e => e.Id == s.EntryId);
        var assigned = Assignments.Where(a => a.IsAssigned(s.EntryId)).ToList();
        return new RankedEntryResponse(s.Rank ?? 0, entry.Id, entry.SolutionId, entry.City, entry.SolutionTitle, s.Score, s.CountingSheets,
            assigned.Count(a => a.StandingOf(s.EntryId) == SheetStanding.Recused), assigned.Count(a => a.StandingOf(s.EntryId) == SheetStanding.Excluded),
            assigned.Count(a => a.StandingOf(s.EntryId) == SheetStanding.Missing),
            [.. Cycle.Criteria.Select(c => new CriterionAverage(c.Key, s.CriterionAverages.TryGetValue(c.Key, out var v) ? v : null))], s.Tied);
    }

    private static ScoreSheet Sheet(Assignment a, Guid entryId)
    {
        var conflict = a.ConflictOn(entryId);
        var scores = a.SheetFor(entryId)?.Scores.ToDictionary(s => s.CriterionKey, s => s.Value) ?? [];
        var kind = conflict?.Kind switch
        {
            ConflictKind.Real => ConflictOfInterest.Real,
            ConflictKind.Apparent => ConflictOfInterest.Apparent,
            ConflictKind.Potential => ConflictOfInterest.Potential,
            _ => ConflictOfInterest.None,
        };
        return new ScoreSheet(a.JudgeId.ToString(), entryId, scores, kind, conflict?.Excluded == true && !conflict.Recused);
    }
}

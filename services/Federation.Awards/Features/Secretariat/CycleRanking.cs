using System.Runtime.InteropServices;
using Federation.Awards.Domain.Ranking;
using Federation.Awards.Features.Cycles;

namespace Federation.Awards.Features.Secretariat;

/// <summary>A cycle's ranking over the sheets the secretariat holds: every assigned entry of every judge is a sheet, empty if unscored.</summary>
public sealed record CycleRanking(AwardCycle Cycle, IReadOnlyList<NominatedEntry> Entries, IReadOnlyList<AssignedSheets> Assignments, RankingResult Result)
{
    public static async Task<CycleRanking> ComputeAsync(AwardsDbContext db, AwardCycle cycle, CancellationToken ct)
    {
        // Only what the ranking shows of each entry: the statements and summaries would be most of the bytes read.
        var nominated = (await db.Entries.AsNoTracking().Where(e => e.CycleId == cycle.Id && e.Status == EntryStatus.Nominated)
            .Select(e => new { e.Id, e.SolutionId, e.City, e.SolutionTitle, e.NominatedAt, e.CreatedAt }).ToListAsync(ct))
            .Select(e => new NominatedEntry(e.Id, e.SolutionId, e.City, e.SolutionTitle, e.NominatedAt ?? e.CreatedAt)).ToList();
        var nominatedIds = nominated.Select(e => e.Id).ToHashSet();
        var assignments = await AssignedSheets.ReadAsync(db, cycle, ct);
        var sheets = new List<ScoreSheet>(assignments.Sum(a => a.Grid.Rows.Count));
        foreach (var a in assignments) sheets.AddRange(a.Grid.Rows.Where(r => nominatedIds.Contains(r.EntryId)).Select(a.Sheet));
        var input = new RankingInput(cycle.Criteria, cycle.NormaliseScores, cycle.TieBreak,
            [.. nominated.Select(e => new EntryToRank(e.Id, e.SubmittedAt))], sheets);
        return new CycleRanking(cycle, nominated, assignments, AwardRanking.Rank(input));
    }

    /// <summary>The entries best first (unranked last), for choosing winners.</summary>
    public IReadOnlyList<Guid> Order() => [.. Result.Standings.Select(s => s.EntryId)];

    public RankingResponse ToResponse(DateTimeOffset now)
    {
        var entries = Entries.ToDictionary(e => e.Id);
        // How each entry's assigned judges stand, counted in one pass over the assignments.
        var judges = new Dictionary<(Guid, SheetStanding), int>();
        foreach (var row in Assignments.SelectMany(a => a.Grid.Rows))
            CollectionsMarshal.GetValueRefOrAddDefault(judges, (row.EntryId, AssignedSheets.StandingOf(row)), out _)++;
        return new(Cycle.Id, Cycle.NormaliseScores, Cycle.TieBreak.ToContract(),
            [.. Result.Standings.Select(s => Ranked(s, entries[s.EntryId], standing => judges.GetValueOrDefault((s.EntryId, standing))))], now);
    }

    private RankedEntryResponse Ranked(EntryStanding s, NominatedEntry entry, Func<SheetStanding, int> judges) =>
        new(s.Rank ?? 0, entry.Id, entry.SolutionId, entry.City, entry.SolutionTitle, s.Score, s.CountingSheets,
            judges(SheetStanding.Recused), judges(SheetStanding.Excluded), judges(SheetStanding.Missing),
            [.. Cycle.Criteria.Select(c => new CriterionAverage(c.Key, s.CriterionAverages.TryGetValue(c.Key, out var v) ? v : null))], s.Tied);
}

/// <summary>What a ranking shows of a nominated entry; submitted when nominated, or when made where no nomination time is held.</summary>
public sealed record NominatedEntry(Guid Id, Guid SolutionId, string City, Dictionary<string, string> SolutionTitle, DateTimeOffset SubmittedAt);

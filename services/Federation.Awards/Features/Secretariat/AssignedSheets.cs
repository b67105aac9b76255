using Federation.Awards.Domain.Ranking;

namespace Federation.Awards.Features.Secretariat;

/// <summary>
/// What the ranking reads of one judge's assignment: its <see cref="ScoreGrid"/> (the entries assigned, the judge's
/// conflicts and the scores of each sheet). Not the <see cref="Assignment"/> itself: most of an assignment's bytes are the
/// assigned entries' titles, summaries and statements and the score history, which a ranking of a large cycle would
/// spend most of its time reading.
/// </summary>
public sealed record AssignedSheets(Guid JudgeId, ScoreGrid Grid)
{
    /// <summary>The assignments of the cycle held here, by judge.</summary>
    public static async Task<IReadOnlyList<AssignedSheets>> ReadAsync(AwardsDbContext db, AwardCycle cycle, CancellationToken ct)
    {
        var grids = await db.AssignmentGrids.AsNoTracking().Where(g => g.CycleId == cycle.Id && g.HeldAt == cycle.HeldAt)
            .Select(g => new { g.JudgeId, g.Grid }).ToListAsync(ct);
        var keys = cycle.Criteria.Select(c => c.Key).ToList();
        return [.. grids.Select(g => new AssignedSheets(g.JudgeId, ScoreGrid.Read(g.Grid, keys)))];
    }

    // One string for all the judge's sheets.
    private string Judge { get; } = JudgeId.ToString();

    public static SheetStanding StandingOf(GridRow entry) => Assignment.Standing(entry.Conflict, entry.Excluded, entry.Scored);

    /// <summary>The judge's sheet of an assigned entry, as the ranking takes it: empty when unscored.</summary>
    public ScoreSheet Sheet(GridRow entry)
    {
        var kind = entry.Conflict switch
        {
            ConflictKind.Real => ConflictOfInterest.Real,
            ConflictKind.Apparent => ConflictOfInterest.Apparent,
            ConflictKind.Potential => ConflictOfInterest.Potential,
            _ => ConflictOfInterest.None,
        };
        return new ScoreSheet(Judge, entry.EntryId, entry.Scores, kind, entry.Excluded && entry.Conflict is not (null or ConflictKind.Real));
    }
}

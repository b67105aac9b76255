namespace Federation.Catalog.Features.Awards;

public static class AwardBadges
{
    /// <summary>Adds each listing's award results, for a whole page in one query.</summary>
    public static async Task<IReadOnlyList<SolutionResponse>> AttachAsync(CatalogDbContext db,
        IReadOnlyList<SolutionResponse> solutions, CancellationToken ct)
    {
        if (solutions.Count == 0) return solutions;
        var ids = solutions.Select(s => s.Id).Distinct().ToList();
        var found = await db.AwardBadges.AsNoTracking().Where(b => ids.Contains(b.SolutionId)).ToListAsync(ct);
        if (found.Count == 0) return solutions;
        return [.. solutions.Select(s => s with
        {
            Awards = [.. found.Where(b => b.SolutionId == s.Id && b.SolutionCity == s.City)
                .OrderByDescending(b => b.Year).ThenByDescending(b => b.PublishedAt).Select(b => b.ToResponse())],
        })];
    }
}

namespace Federation.Catalog.Features.Verifications;

public static class VerificationBadges
{
    /// <summary>Adds each listing's verified trials, for a whole page in one query.</summary>
    public static async Task<IReadOnlyList<SolutionResponse>> AttachAsync(CatalogDbContext db,
        IReadOnlyList<SolutionResponse> solutions, CancellationToken ct)
    {
        if (solutions.Count == 0) return solutions;
        var ids = solutions.Select(s => s.Id).Distinct().ToList();
        var found = await db.Verifications.AsNoTracking()
            .Where(v => ids.Contains(v.SolutionId) && v.VerifiedAt != null).ToListAsync(ct);
        return [.. solutions.Select(s => s with
        {
            Verifications = [.. found.Where(v => v.SolutionId == s.Id && v.SolutionCity == s.City)
                .OrderByDescending(v => v.VerifiedAt).Select(v => v.ToResponse()!)],
        })];
    }
}

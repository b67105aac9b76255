using Federation.Catalog.Features.Challenges;

namespace Federation.Catalog.Features.OpenData;

/// <summary>The exports' pages: live records of every city, newest first, then by owner and id (a stable order).</summary>
public static class ExportPages
{
    /// <summary>One page (from 0) of live solutions, newest first, as the export orders them.</summary>
    public static async Task<IReadOnlyList<SolutionResponse>> SolutionsAsync(CatalogDbContext db, int index, int size, CancellationToken ct) =>
        [.. (await Live(db.Solutions).Skip(index * size).Take(size).ToListAsync(ct)).Select(s => s.ToResponse())];

    public static async Task<IReadOnlyList<Challenge>> ChallengesAsync(CatalogDbContext db, int index, int size, CancellationToken ct) =>
        await Live(db.Challenges).Skip(index * size).Take(size).ToListAsync(ct);

    private static IQueryable<T> Live<T>(DbSet<T> records) where T : CatalogRecord =>
        records.AsNoTracking().Where(r => !r.Withdrawn).OrderByDescending(r => r.PublishedAt).ThenBy(r => r.City).ThenBy(r => r.Id);
}

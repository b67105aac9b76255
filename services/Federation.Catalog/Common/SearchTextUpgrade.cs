namespace Federation.Catalog.Common;

/// <summary>
/// Makes the search text of records written by an earlier release again, as this release makes it (its variants: see
/// <see cref="CatalogText"/>), a batch per transaction, beside the service's start: search works meanwhile, finding
/// in such records only what it found before. Only code can make the text, so a migration could not.
/// </summary>
internal sealed class SearchTextUpgrade(IServiceScopeFactory scopes, ILogger<SearchTextUpgrade> log) : BackgroundService
{
    private const int Batch = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var upgraded = await UpgradeAsync<Features.Solutions.Solution>(db => db.Solutions, stoppingToken)
                + await UpgradeAsync<Features.Challenges.Challenge>(db => db.Challenges, stoppingToken);
            if (upgraded > 0) log.LogInformation("Search text made again for {Records} records of an earlier release", upgraded);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            log.LogError(e, "Could not make the search text of earlier records again: they are found as before until the next start");
        }
    }

    private async Task<int> UpgradeAsync<T>(Func<CatalogDbContext, DbSet<T>> records, CancellationToken ct) where T : CatalogRecord
    {
        var upgraded = 0;
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
            var batch = await records(db).Where(r => r.SearchTextVersion < CatalogText.Version).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0) return upgraded;
            foreach (var record in batch) record.Reindex();
            // A record changed meanwhile is made again by its own change: its version is this release's already.
            try { await db.SaveChangesAsync(ct); }
            catch (DbUpdateConcurrencyException) { continue; }
            upgraded += batch.Count;
        }
    }
}

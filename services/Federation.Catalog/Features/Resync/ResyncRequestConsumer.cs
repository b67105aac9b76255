namespace Federation.Catalog.Features.Resync;

/// <summary>
/// Answers another city's resync request (a new member, or one restored from an old backup):
/// this city broadcasts its current listings and tombstones again. Replicas that are up to date
/// ignore them by version, so answering is harmless to everyone else.
/// </summary>
public sealed class ResyncRequestConsumer(CatalogDbContext db, ThisCity city, ILogger<ResyncRequestConsumer> logger)
    : IConsumer<CatalogResyncRequested>
{
    public async Task Consume(ConsumeContext<CatalogResyncRequested> context)
    {
        context.EnsureSentByOwner(context.Message.RequestingCity);
        // Tombstones too: a city restored from an old backup must learn what was withdrawn since.
        var solutions = await db.Solutions.Where(s => s.City == city.Id).ToListAsync(context.CancellationToken);
        var challenges = await db.Challenges.Where(c => c.City == city.Id).ToListAsync(context.CancellationToken);
        foreach (var record in solutions.Concat<CatalogRecord>(challenges)) db.Publish(record.StateEvent());
        logger.LogInformation("Resync for {RequestingCity}: re-sent {Solutions} solutions and {Challenges} challenges",
            context.Message.RequestingCity, solutions.Count, challenges.Count);
    }
}

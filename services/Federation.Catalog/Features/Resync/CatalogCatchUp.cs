namespace Federation.Catalog.Features.Resync;

/// <summary>
/// Listings that reached this city too late to be trusted come back in their city's resync: every listing and
/// tombstone it broadcasts, current (the types the catalog sends of its own records).
/// </summary>
public sealed class CatalogCatchUp(CatalogDbContext db, OwnBroadcasts broadcasts, ThisCity city, TimeProvider time) : ICatchUp
{
    public bool Covers(Type messageType) => broadcasts.Contains(messageType);

    public async Task RequestAsync(string origin, CancellationToken ct)
    {
        db.AskForResync(origin, city, time);
        await db.SaveChangesAsync(ct);
    }
}

public static class ResyncRequests
{
    /// <summary>Queues, in the outbox, a request to <paramref name="target"/> to send its catalogue again.</summary>
    public static void AskForResync(this CatalogDbContext db, string target, ThisCity city, TimeProvider time) =>
        db.Send(target, new CatalogResyncRequested(city.Id, time.GetUtcNow()));
}

using Microsoft.Extensions.Logging;

namespace Federation.Catalog.Common;

/// <summary>
/// Applies another city's record to this city's copy: only from its owner, only if newer
/// (redelivered or late versions change nothing), tombstones kept so a late update cannot revive it.
/// The consume filter saves the change together with the message's processed mark.
/// </summary>
public static class Replica
{
    public static async Task ApplyAsync<T>(ConsumeContext context, DbSet<T> records, ThisCity city, ILogger logger,
        Guid id, string owner, long version, Action<T> apply) where T : CatalogRecord, new()
    {
        context.EnsureSentByOwner(owner);
        if (owner == city.Id) return; // our own broadcast: this city already holds the original
        var existing = await records.FindAsync([owner, id], context.CancellationToken);
        if (existing is null)
        {
            var record = new T();
            apply(record);
            records.Add(record);
        }
        else if (existing.IsOlderThan(version)) apply(existing);
        else logger.LogInformation("Ignoring {Type} {City}/{Id} v{Version}: already at v{Held}",
            typeof(T).Name, owner, id, version, existing.Version);
    }
}

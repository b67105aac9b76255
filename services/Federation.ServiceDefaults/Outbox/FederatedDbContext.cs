using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace Federation.ServiceDefaults.Outbox;

/// <summary>A service's DbContext that holds its outbox and its record of consumed messages.</summary>
public interface IFederatedDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<ProcessedMessage> ProcessedMessages { get; }
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

public static class FederatedDbContextExtensions
{
    /// <summary>Queues a broadcast to every member city; it leaves when the change is saved.</summary>
    public static void Publish<T>(this IFederatedDbContext db, T message) where T : class =>
        db.OutboxMessages.Add(OutboxMessage.For(message, null, Activity.Current?.Id));

    /// <summary>Queues a message for one city only; it leaves when the change is saved.</summary>
    public static void Send<T>(this IFederatedDbContext db, string targetCity, T message) where T : class
    {
        if (!MessageTypes.IsTargeted(typeof(T)))
            throw new ArgumentException($"{typeof(T).Name} is a broadcast message: mark it [Targeted] to send it to one city");
        db.OutboxMessages.Add(OutboxMessage.For(message, targetCity, Activity.Current?.Id));
    }

    public static void MapFederatedMessaging(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(e =>
        {
            e.HasKey(m => m.Sequence);
            e.HasIndex(m => m.MessageId).IsUnique();
            e.HasIndex(m => m.SentAt);
        });
        model.Entity<ProcessedMessage>(e =>
        {
            e.HasKey(m => new { m.MessageId, m.MessageType });
            e.HasIndex(m => m.ProcessedAt);
        });
    }
}

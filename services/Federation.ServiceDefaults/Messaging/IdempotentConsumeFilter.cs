using Federation.Contracts.Messaging;
using Federation.ServiceDefaults.Hosting;
using Federation.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// Makes every consumer idempotent, once for all: the record of a message id commits in the same
/// SaveChanges as whatever the consumer changed, and a message id already recorded is a redelivery (at-least-once
/// delivery after a crash or a lost acknowledgement; or a genuine message replayed, which the origin's signature
/// and the age window already vouch for): it is acknowledged and counted, applying nothing, and never fills the
/// error queue meant for what is forged. Consumers therefore do not save: they change tracked records and queue
/// outbox rows, and this filter saves once. A grouped consumer's messages are applied the same way, each in the
/// transaction of its group (<see cref="GroupCommit"/>).
/// </summary>
public sealed class IdempotentConsumeFilter<T>(
    IFederatedDbContext db, GroupCommit groups, ThisCity city, TimeProvider time, FederationMetrics metrics, ILogger<IdempotentConsumeFilter<T>> logger)
    : IFilter<ConsumeContext<T>> where T : class
{
    public async Task Send(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next)
    {
        using var scope = logger.BeginCityScope(city.Id);
        var id = context.MessageId ?? throw new FederationRejectedException(Rejections.MissingHeader, "Message has no id");
        bool applied;
        try
        {
            applied = groups.Groups(typeof(T)) && db is DbContext own
                ? await groups.ApplyAsync(own, () => ApplyAsync(context, next, id), context.CancellationToken)
                : await ApplyAsync(context, next, id);
        }
        catch
        {
            // A retry must start from the database, not from this attempt's half-applied changes.
            if (db is DbContext tracked) tracked.ChangeTracker.Clear();
            throw;
        }
        if (applied) return;
        var origin = context.Headers.Get<string>(FederationHeaders.OriginCity) ?? "";
        logger.LogInformation("{MessageType} {MessageId} from {OriginCity} was applied before: acknowledged as a duplicate", typeof(T).Name, id, origin);
        metrics.Duplicate(typeof(T).Name, origin);
        await context.AcknowledgeWithoutApplyingAsync("duplicate");
    }

    /// <summary>False for a message applied before; otherwise applies it and saves it with its processed mark.</summary>
    private async Task<bool> ApplyAsync(ConsumeContext<T> context, IPipe<ConsumeContext<T>> next, Guid id)
    {
        var type = typeof(T).FullName!;
        if (await db.ProcessedMessages.AnyAsync(m => m.MessageId == id && m.MessageType == type, context.CancellationToken))
            return false;
        db.ProcessedMessages.Add(new ProcessedMessage { MessageId = id, MessageType = type, ProcessedAt = time.GetUtcNow() });
        await next.Send(context);
        await db.SaveChangesAsync(context.CancellationToken);
        return true;
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("idempotent");
}

using System.Threading.Channels;
using Federation.ServiceDefaults.Hosting;
using Federation.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// Applies the messages that arrive together at a service's grouped consumers in one transaction, each as it would
/// alone: its own duplicate check, changes and processed mark, inside a savepoint, so one that fails is rolled back
/// and retried alone while the others commit. A burst then costs one commit (one disk sync, one write lock) per group,
/// not per message: applied one transaction per message, a city took in at most about 400 listings a second, each
/// waiting about 2.5 ms for its own commit. Nothing is acknowledged to the broker before its group commits.
/// A lone message is a group of one: it waits for nobody.
/// </summary>
public sealed class GroupCommit(IServiceScopeFactory scopes, IEnumerable<GroupedMessage> grouped, QueueSignal<OutboxMessage> outbox,
    FederationMetrics metrics, ThisCity city)
    : BackgroundService
{
    /// <summary>Bounds the time a group holds the database's write lock, which the service's own writers wait for.</summary>
    internal const int LargestGroup = 64;
    private const string Savepoint = "grouped_message";
    private readonly HashSet<Type> _types = [.. grouped.Select(g => g.Type)];
    private readonly Channel<Member> _queue = Channel.CreateUnbounded<Member>(new() { SingleReader = true });

    public bool Groups(Type messageType) => _types.Contains(messageType);

    public bool GroupsAny => _types.Count > 0;

    /// <summary>
    /// Runs <paramref name="apply"/> on <paramref name="db"/> (the message's own context, given the group's connection
    /// and transaction) and completes with its result once the group has committed.
    /// </summary>
    internal Task<bool> ApplyAsync(DbContext db, Func<Task<bool>> apply, CancellationToken ct)
    {
        var member = new Member(db, apply, ct);
        if (!_queue.Writer.TryWrite(member)) throw new OperationCanceledException("The service is stopping");
        return member.Done.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
                await CommitGroupAsync(stoppingToken);
        }
        finally
        {
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out var left)) left.Done.TrySetCanceled(stoppingToken);
        }
    }

    private async Task CommitGroupAsync(CancellationToken ct)
    {
        var applied = new List<(Member Member, bool Result)>();
        var queuedOutbox = false;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var shared = (DbContext)scope.ServiceProvider.GetRequiredService<IFederatedDbContext>();
            await using var transaction = await shared.Database.BeginTransactionAsync(ct);
            while (applied.Count < LargestGroup && _queue.Reader.TryRead(out var member))
            {
                if (member.Cancel.IsCancellationRequested) member.Done.TrySetCanceled(member.Cancel);
                else if (await ApplyOneAsync(member, shared, transaction, ct) is { } result)
                {
                    applied.Add((member, result));
                    queuedOutbox |= member.Db.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.SentAt is null);
                }
            }
            if (applied.Count > 0) await transaction.CommitAsync(ct);
        }
        catch (Exception e)
        {
            // Nothing of the group is stored: each message fails, and its retry joins a later group.
            foreach (var (member, _) in applied) member.Done.TrySetException(e);
            return;
        }
        // The outbox rows the group queued were announced at their SaveChanges, before they could be read: again now.
        if (queuedOutbox) outbox.Raise();
        metrics.Grouped(applied.Count, city.Id);
        foreach (var (member, result) in applied) member.Done.TrySetResult(result);
    }

    /// <summary>The member's result, or null when it failed (its changes rolled back, its failure handed to it).</summary>
    private static async Task<bool?> ApplyOneAsync(Member member, DbContext shared, IDbContextTransaction transaction, CancellationToken ct)
    {
        await transaction.CreateSavepointAsync(Savepoint, ct);
        try
        {
            member.Db.Database.SetDbConnection(shared.Database.GetDbConnection());
            await member.Db.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
            var result = await member.Apply();
            await transaction.ReleaseSavepointAsync(Savepoint, ct);
            return result;
        }
        catch (Exception e)
        {
            member.Done.TrySetException(e);
            await transaction.RollbackToSavepointAsync(Savepoint, ct);
            return null;
        }
        finally
        {
            await member.Db.Database.UseTransactionAsync(null, CancellationToken.None);
        }
    }

    private sealed record Member(DbContext Db, Func<Task<bool>> Apply, CancellationToken Cancel)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>A message type whose consumer applies it in a <see cref="GroupCommit"/>.</summary>
public sealed record GroupedMessage(Type Type);

/// <summary>
/// The endpoint of a consumer whose messages commit in groups: many in flight at once, so that a burst queues up for
/// the next group while one commits. Only for consumers that order their own records (a replica keeps the highest
/// version, and its version is a concurrency token), since messages in flight together may be applied out of order.
/// </summary>
public sealed class GroupedConsumerDefinition<TConsumer> : ConsumerDefinition<TConsumer> where TConsumer : class, IConsumer
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator, IRegistrationContext context)
    {
        endpointConfigurator.PrefetchCount = Math.Max(endpointConfigurator.PrefetchCount, 2 * GroupCommit.LargestGroup);
        endpointConfigurator.ConcurrentMessageLimit = GroupCommit.LargestGroup;
    }
}

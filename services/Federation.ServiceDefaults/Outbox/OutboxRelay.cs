using System.Diagnostics;
using Federation.ServiceDefaults.Hosting;
using Federation.ServiceDefaults.Messaging;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Federation.ServiceDefaults.Outbox;

/// <summary>
/// The only path from a service to the broker: publishes committed outbox rows in order, at least
/// once (a crash after publish and before marking re-sends; consumers are idempotent). Every message
/// leaves signed by this city (<see cref="MessageSigner"/>).
/// </summary>
public sealed class OutboxRelay<TDbContext>(
    IServiceScopeFactory scopes, IBus bus, QueueSignal<OutboxMessage> signal, MessageSigner signer, ThisCity city, TimeProvider time,
    IOptions<OutboxOptions> options, ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext, IFederatedDbContext
{
    internal static readonly ActivitySource Source = new("Federation.Outbox");
    private const int BatchSize = 100;
    private readonly CleanupSchedule _cleanup = new(time);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var scope = logger.BeginCityScope(city.Id);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (sent, failedAttempts) = await RelayBatchAsync(stoppingToken);
                if (failedAttempts > 0 && sent == 0)
                {
                    // The failed row's own save raised the signal: without a pause a row that cannot be
                    // published (broker refusing, unreadable payload) would be retried in a tight loop. While
                    // others still leave beside it, the relay goes on with them.
                    await Task.Delay(QueuedRows.Backoff(failedAttempts), time, stoppingToken);
                    continue;
                }
                // A full batch means more is waiting: go again without waiting for a signal.
                if (sent == BatchSize || failedAttempts > 0) continue;
                await CleanupAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox relay failed; retrying shortly");
                await Task.Delay(QueuedRows.Backoff(int.MaxValue), time, stoppingToken);
            }
            await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
        }
    }

    /// <summary>
    /// Rows published, and the attempts of the row that failed (0 when none did). The batch's publishes are all in flight
    /// at once, started in order on the bus's channel, their confirms awaited together: one broker round trip per batch,
    /// not per row (awaiting each alone, the relay waited, idle, and fell behind the writers).
    /// </summary>
    private async Task<(int Sent, int FailedAttempts)> RelayBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var batch = await db.OutboxMessages.Where(m => m.SentAt == null)
            .OrderBy(m => m.Sequence).Take(BatchSize).ToListAsync(ct);
        var publishes = batch.Select(row => PublishAsync(row, ct)).ToList();
        var failedAttempts = 0;
        for (var i = 0; i < batch.Count; i++)
        {
            try
            {
                await publishes[i];
                batch[i].MarkSent(time.GetUtcNow());
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                // The rows after it were in flight too: those that reached the broker are sent, and only the failed go
                // again. Consumers cope with the order (replicas keep the highest version; a step waits for its trial).
                batch[i].MarkFailed(ex.Message);
                if (failedAttempts == 0)
                    logger.LogWarning(ex, "Could not publish outbox message {MessageId} ({MessageType}); later failures of its batch are not logged",
                        batch[i].MessageId, batch[i].MessageType);
                failedAttempts = Math.Max(failedAttempts, batch[i].Attempts);
            }
        }
        await Task.WhenAll(publishes).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        await SaveMarksAsync(db, ct);
        return (batch.Count(r => r.SentAt is not null), failedAttempts);
    }

    /// <summary>
    /// Marks are the one write a power cut may lose without harm: a lost mark sends its message again, and consumers drop
    /// the copy. So their commit does not wait for the disk (SQLite's <c>synchronous=NORMAL</c> under WAL, PostgreSQL's
    /// <c>synchronous_commit off</c>); every other write of the service, all that a client or a broker was told is
    /// stored, still does. On SQLite the setting is the connection's, so it is put back before the pool reuses it.
    /// </summary>
    private static async Task SaveMarksAsync(TDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit TO OFF", ct);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return;
        }
        await db.Database.OpenConnectionAsync(ct);
        var before = await db.Database.SqlQueryRaw<long>("SELECT synchronous AS \"Value\" FROM pragma_synchronous").SingleAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=NORMAL", ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            await db.Database.ExecuteSqlRawAsync(SynchronousLevels[Math.Clamp((int)before, 0, 3)], CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    private static readonly string[] SynchronousLevels =
        ["PRAGMA synchronous=OFF", "PRAGMA synchronous=NORMAL", "PRAGMA synchronous=FULL", "PRAGMA synchronous=EXTRA"];

    private async Task PublishAsync(OutboxMessage row, CancellationToken ct)
    {
        var message = MessageTypes.Deserialize(row);
        ActivityContext.TryParse(row.TraceParent, null, out var parent);
        using var activity = Source.StartActivity("outbox relay", ActivityKind.Internal, parent);
        // A broker that is down must not stall the relay forever: fail, count the attempt, retry.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var stamp = signer.Sign(message, row.MessageId, row.TargetCity);
        await bus.Publish(message, message.GetType(), Pipe.Execute<PublishContext>(context =>
        {
            stamp.ApplyTo(context);
            if (row.TargetCity is not null) context.SetRoutingKey(row.TargetCity);
        }), timeout.Token);
    }

    private async Task CleanupAsync(CancellationToken ct)
    {
        if (!_cleanup.IsDue(out var now)) return;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await db.OutboxMessages.DeleteSentBeforeAsync(now - QueuedRows.Retention, ct);
        // Consumed-message records outlive any redelivery: brokers hold nothing for weeks.
        var inboxCutoff = now - 4 * QueuedRows.Retention;
        await db.ProcessedMessages.Where(m => m.ProcessedAt < inboxCutoff).ExecuteDeleteAsync(ct);
    }
}

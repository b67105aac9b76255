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
                if (failedAttempts > 0)
                {
                    // The failed row's own save raised the signal: without a pause a row that cannot be
                    // published (broker refusing, unreadable payload) would be retried in a tight loop.
                    await Task.Delay(QueuedRows.Backoff(failedAttempts), time, stoppingToken);
                    continue;
                }
                // A full batch means more is waiting: go again without waiting for a signal.
                if (sent == BatchSize) continue;
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

    /// <summary>Rows published, and the attempts of the row that failed (0 when none did).</summary>
    private async Task<(int Sent, int FailedAttempts)> RelayBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var batch = await db.OutboxMessages.Where(m => m.SentAt == null)
            .OrderBy(m => m.Sequence).Take(BatchSize).ToListAsync(ct);
        var failedAttempts = 0;
        foreach (var row in batch)
        {
            try
            {
                await PublishAsync(row, ct);
                row.MarkSent(time.GetUtcNow());
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                row.MarkFailed(ex.Message);
                failedAttempts = row.Attempts;
                logger.LogWarning(ex, "Could not publish outbox message {MessageId} ({MessageType})", row.MessageId, row.MessageType);
                break; // keep order: the rest waits for the next round
            }
        }
        await db.SaveChangesAsync(ct);
        return (batch.Count(r => r.SentAt is not null), failedAttempts);
    }

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

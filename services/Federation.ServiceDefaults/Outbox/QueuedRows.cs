using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.ServiceDefaults.Outbox;

/// <summary>
/// A row written in a service's own transaction and delivered after commit by a background sender: the
/// outbox's messages, the mail outbox's mails. One way of stamping, waking and backing off serves both.
/// </summary>
public interface IQueuedRow
{
    DateTimeOffset? SentAt { get; }

    /// <summary>Set by <see cref="QueuedRowsInterceptor{TRow}"/> from the service's clock, not by callers.</summary>
    void StampCreated(DateTimeOffset at);
}

/// <summary>Wakes the sender of <typeparamref name="TRow"/> the moment a transaction holding such rows commits, so it need not poll.</summary>
public sealed class QueueSignal<TRow> where TRow : IQueuedRow
{
    private readonly Channel<bool> _channel = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Raise() => _channel.Writer.TryWrite(true);

    /// <summary>Waits for a commit, or for <paramref name="timeout"/> (the safety net for rows a crash left behind).</summary>
    public async Task WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        cts.CancelAfter(timeout);
        try { await _channel.Reader.ReadAsync(cts.Token); }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested) { }
    }
}

/// <summary>Stamps new <typeparamref name="TRow"/> rows and raises their signal once they are committed.</summary>
public sealed class QueuedRowsInterceptor<TRow>(QueueSignal<TRow> signal, TimeProvider time) : SaveChangesInterceptor
    where TRow : class, IQueuedRow
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        foreach (var entry in eventData.Context?.ChangeTracker.Entries<TRow>() ?? [])
            if (entry.State == EntityState.Added) entry.Entity.StampCreated(time.GetUtcNow());
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.ChangeTracker.Entries<TRow>().Any(e => e.Entity.SentAt is null) == true)
            signal.Raise();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}

/// <summary>When a sender deletes its old sent rows: once an hour, not on every idle round.</summary>
public sealed class CleanupSchedule(TimeProvider time)
{
    private DateTimeOffset _next;

    public bool IsDue(out DateTimeOffset now)
    {
        now = time.GetUtcNow();
        if (now < _next) return false;
        _next = now.AddHours(1);
        return true;
    }
}

public static class QueuedRows
{
    /// <summary>How long sent rows stay for an operator to look at (what left, when, after how many attempts).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    public static Task<int> DeleteSentBeforeAsync<TRow>(this IQueryable<TRow> rows, DateTimeOffset cutoff, CancellationToken ct)
        where TRow : class, IQueuedRow =>
        rows.Where(r => r.SentAt != null && r.SentAt < cutoff).ExecuteDeleteAsync(ct);

    private static readonly TimeSpan LongestBackoff = TimeSpan.FromSeconds(5);

    /// <summary>1 s after the first failure, one more second per attempt, at most 5 s: a broker or mail server back from an outage is used at once.</summary>
    public static TimeSpan Backoff(int attempts) => TimeSpan.FromSeconds(Math.Min(Math.Max(attempts, 1), LongestBackoff.TotalSeconds));

    /// <summary>The signal and the interceptor of a queue of <typeparamref name="TRow"/> rows.</summary>
    public static IServiceCollection AddQueuedRows<TRow>(this IServiceCollection services) where TRow : class, IQueuedRow
    {
        services.AddSingleton<QueueSignal<TRow>>();
        services.AddSingleton<QueuedRowsInterceptor<TRow>>();
        return services;
    }
}

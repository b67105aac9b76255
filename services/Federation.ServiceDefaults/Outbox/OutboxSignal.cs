using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Federation.ServiceDefaults.Outbox;

/// <summary>Wakes the relay the moment a transaction with outbox rows commits, so it need not poll.</summary>
public sealed class OutboxSignal
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

/// <summary>Stamps new outbox rows and raises the signal once they are committed.</summary>
public sealed class OutboxSaveChangesInterceptor(OutboxSignal signal, TimeProvider time) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        foreach (var entry in eventData.Context?.ChangeTracker.Entries<OutboxMessage>() ?? [])
            if (entry.State == EntityState.Added) entry.Entity.CreatedAt = time.GetUtcNow();
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.Entity.SentAt is null) == true)
            signal.Raise();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}

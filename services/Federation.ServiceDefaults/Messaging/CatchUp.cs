using System.Collections.Concurrent;

namespace Federation.ServiceDefaults.Messaging;

/// <summary>
/// How a service gets back what it missed: a city away for longer than <c>Federation:MessageMaxAge</c> finds the
/// messages queued for it refused as stale, and asks their origin city to send its records again. A service whose
/// records other cities can send again registers one (the catalog: its resync).
/// </summary>
public interface ICatchUp
{
    /// <summary>Whether the origin city's answer brings back what a message of this type carried.</summary>
    bool Covers(Type messageType);

    /// <summary>Asks <paramref name="origin"/>, through the outbox, to send its records again.</summary>
    Task RequestAsync(string origin, CancellationToken ct);
}

/// <summary>
/// One automatic request per origin city per <see cref="Interval"/>: a city back from a long absence finds hundreds
/// of stale messages from each other city, and one answer covers them all.
/// </summary>
public sealed class CatchUpRequests(TimeProvider time)
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _last = new();

    /// <summary>Whether this caller should ask <paramref name="origin"/> now (and no other caller for a while).</summary>
    public bool TryBegin(string origin)
    {
        var now = time.GetUtcNow();
        while (true)
        {
            if (!_last.TryGetValue(origin, out var last)) { if (_last.TryAdd(origin, now)) return true; }
            else if (now - last < Interval) return false;
            else if (_last.TryUpdate(origin, now, last)) return true;
        }
    }

    /// <summary>The request could not be written: the next stale message asks again.</summary>
    public void Forget(string origin) => _last.TryRemove(origin, out _);
}

using System.Collections.Concurrent;

namespace Federation.Catalog.Common;

/// <summary>
/// How many live records a search filter (record type, domain, city) covers, counted at most every
/// <see cref="Freshness"/>: an estimated total scales by it, and counting 100,000 records on every search would cost
/// more than the search. An estimate a few seconds old is as good as a fresh one.
/// </summary>
public sealed class LiveCounts(TimeProvider time)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<(Type, string?, string?), (DateTimeOffset At, int Count)> _counts = new();

    public async Task<int> GetAsync<T>(IQueryable<T> live, string? domain, string? city, CancellationToken ct)
    {
        var key = (typeof(T), domain, city);
        var now = time.GetUtcNow();
        if (_counts.TryGetValue(key, out var held) && now - held.At < Freshness) return held.Count;
        var count = await live.CountAsync(ct);
        _counts[key] = (now, count);
        return count;
    }
}

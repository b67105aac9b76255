using System.Threading.RateLimiting;

namespace Federation.Identity.Features.Tokens;

/// <summary>
/// Caps token requests per user name, whichever address they come from: the per-address limit
/// cannot see a guesser spread over many addresses, and lockout counts failures only. Keyed after
/// the body is read, so it runs in the endpoint rather than in the rate-limiting middleware.
/// </summary>
public sealed class UserTokenLimit(IOptions<IdentityNodeOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(userName =>
        RateLimitPartition.GetFixedWindowLimiter(userName, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.TokenRequestsPerUserPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>Null when the request may go on, else how long to wait.</summary>
    public TimeSpan? TryTake(string userName)
    {
        using var lease = _limiter.AttemptAcquire(userName.Trim().ToUpperInvariant());
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
    }

    public void Dispose() => _limiter.Dispose();
}

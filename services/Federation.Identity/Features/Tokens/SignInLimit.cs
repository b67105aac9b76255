using System.Threading.RateLimiting;

namespace Federation.Identity.Features.Tokens;

/// <summary>
/// Password sign-ins on the sign-in page per browser address and minute (<c>Identity:TokenRequestsPerMinute</c>, as
/// the token endpoint counts them). Kept in the page's handler, so that showing the page costs nothing.
/// </summary>
public sealed class SignInLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInLimit(IOptions<IdentityNodeOptions> options) =>
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.TokenRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    /// <summary>True when this address may try again now.</summary>
    public bool TryAcquire(HttpContext http)
    {
        using var lease = _limiter.AttemptAcquire(TokenRateLimit.ClientAddress(http));
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

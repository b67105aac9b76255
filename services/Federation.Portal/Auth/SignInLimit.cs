using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Federation.Portal.Auth;

/// <summary>
/// Sign-in attempts per browser address and minute (<c>Portal:SignInsPerAddressPerMinute</c>). The portal
/// asks the identity service for every user from its own address, so the identity service's limit per
/// address counts the whole portal: this limit is the one that slows a single address guessing passwords.
/// </summary>
public sealed class SignInLimit : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;

    public SignInLimit(IOptions<SignInLimitOptions> options) =>
        _limiter = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetFixedWindowLimiter(address,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = options.Value.SignInsPerAddressPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));

    /// <summary>True when this address may try again now.</summary>
    public bool TryAcquire(HttpContext http)
    {
        var address = http.Connection.RemoteIpAddress is { IsIPv4MappedToIPv6: true } mapped ? mapped.MapToIPv4().ToString()
            : http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        using var lease = _limiter.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}

public sealed class SignInLimitOptions
{
    [Range(1, 10_000)]
    public int SignInsPerAddressPerMinute { get; set; } = 10;
}

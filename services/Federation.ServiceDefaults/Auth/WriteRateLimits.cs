using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Federation.ServiceDefaults.Auth;

/// <summary>How many writes a minute (<c>RateLimits:*</c>): per signed-in user and per client address.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(1, 100_000)]
    public int WritesPerUserPerMinute { get; set; } = 120;

    [Range(1, 100_000)]
    public int WritesPerAddressPerMinute { get; set; } = 600;
}

/// <summary>
/// Every request that changes something (anything but GET, HEAD, OPTIONS) counts against both the
/// caller's user and the caller's address; reads are never limited. Past either limit: 429 with
/// Retry-After and a ProblemDetails body.
/// </summary>
internal static class WriteRateLimits
{
    public static void Configure(RateLimiterOptions limiter, RateLimitOptions limits)
    {
        limiter.GlobalLimiter = PartitionedRateLimiter.CreateChained(
            Writes(http => http.User.Identity?.IsAuthenticated == true ? $"user:{http.User.FindFirst("sub")?.Value}" : null,
                limits.WritesPerUserPerMinute),
            Writes(http => $"address:{http.Connection.RemoteIpAddress}", limits.WritesPerAddressPerMinute));
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.OnRejected = async (context, ct) =>
        {
            var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString();
            var problems = context.HttpContext.RequestServices.GetService(typeof(IProblemDetailsService)) as IProblemDetailsService;
            if (problems is not null)
                await problems.WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"Try again in {Math.Ceiling(retryAfter.TotalSeconds)} s.",
                    },
                });
        };
    }

    private static PartitionedRateLimiter<HttpContext> Writes(Func<HttpContext, string?> key, int perMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(http =>
        {
            var partition = IsWrite(http.Request.Method) ? key(http) : null;
            return partition is null
                ? RateLimitPartition.GetNoLimiter("")
                : RateLimitPartition.GetFixedWindowLimiter(partition, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = perMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                });
        });

    private static bool IsWrite(string method) => !(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method));
}

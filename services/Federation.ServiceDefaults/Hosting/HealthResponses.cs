using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Federation.ServiceDefaults.Hosting;

internal static class HealthResponses
{
    /// <summary>
    /// Readiness: every "ready" check (database, broker) must be healthy. A degraded bus (broker
    /// lost, reconnecting) is not ready: the launcher and load balancers should wait for it.
    /// </summary>
    public static HealthCheckOptions Ready => new()
    {
        Predicate = c => c.Tags.Contains("ready"),
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = StatusCodes.Status200OK,
            [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
            [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        ResponseWriter = WriteAsync,
    };

    public static HealthCheckOptions Alive => new() { Predicate = c => c.Tags.Contains("live"), ResponseWriter = WriteAsync };

    private static Task WriteAsync(HttpContext http, HealthReport report)
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), e.Value.Description }),
        }, JsonSerializerOptions.Web));
    }
}

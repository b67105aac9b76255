using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Federation.ServiceDefaults.Hosting;

internal static class Telemetry
{
    /// <summary>
    /// Traces HTTP in, HTTP out, MassTransit and the outbox relay. Exported over OTLP when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise kept local (the activities still propagate).
    /// </summary>
    public static void AddTracing(this IHostApplicationBuilder builder, string service)
    {
        var cityId = builder.Configuration["City:Id"] ?? "unknown";
        var endpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        builder.Services.AddSingleton(_ =>
        {
            var tracing = Sdk.CreateTracerProviderBuilder()
                .SetResourceBuilder(ResourceBuilder.CreateDefault()
                    .AddService($"{service}", serviceInstanceId: $"{cityId}-{service}")
                    .AddAttributes([new("federation.city", cityId)]))
                .AddSource("Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Federation.*");
            if (!string.IsNullOrEmpty(endpoint)) tracing.AddOtlpExporter();
            return tracing.Build();
        });
        builder.Services.AddHostedService<TracerStarter>();
    }

    // The provider listens from the moment it is built; build it when the host starts.
    private sealed class TracerStarter(TracerProvider provider) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => Task.CompletedTask;
        public Task StopAsync(CancellationToken ct) { provider.ForceFlush(2000); return Task.CompletedTask; }
    }
}

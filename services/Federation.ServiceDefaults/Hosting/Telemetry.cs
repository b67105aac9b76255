using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Federation.ServiceDefaults.Hosting;

internal static class Telemetry
{
    /// <summary>
    /// Traces HTTP in, HTTP out, MassTransit and the outbox relay. Exported over OTLP when
    /// OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise kept local (the activities still propagate).
    /// Metrics of the Federation.* meters (rejected messages, say) go the same way.
    /// </summary>
    public static void AddTracing(this IHostApplicationBuilder builder, string service)
    {
        var cityId = builder.Configuration["City:Id"] ?? "unknown";
        var endpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        ResourceBuilder Resource() => ResourceBuilder.CreateDefault()
            .AddService($"{service}", serviceInstanceId: $"{cityId}-{service}")
            .AddAttributes([new("federation.city", cityId)]);
        builder.Services.AddSingleton(_ =>
        {
            var tracing = Sdk.CreateTracerProviderBuilder()
                .SetResourceBuilder(Resource())
                .AddSource("Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Federation.*");
            if (!string.IsNullOrEmpty(endpoint)) tracing.AddOtlpExporter();
            return tracing.Build();
        });
        builder.Services.AddSingleton(_ =>
        {
            var metrics = Sdk.CreateMeterProviderBuilder().SetResourceBuilder(Resource()).AddMeter("Federation.*");
            if (!string.IsNullOrEmpty(endpoint)) metrics.AddOtlpExporter();
            return metrics.Build();
        });
        builder.Services.AddHostedService<TracerStarter>();
    }

    // The providers listen from the moment they are built; build them when the host starts.
    private sealed class TracerStarter(TracerProvider provider, MeterProvider meters) : IHostedService
    {
        public Task StartAsync(CancellationToken ct) => Task.CompletedTask;

        public Task StopAsync(CancellationToken ct)
        {
            provider.ForceFlush(2000);
            meters.ForceFlush(2000);
            return Task.CompletedTask;
        }
    }
}

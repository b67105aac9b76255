using MassTransit.Logging;
using MassTransit.Monitoring;
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
    /// Traces HTTP in, HTTP out, MassTransit and the outbox relay (one trace from a request in one city
    /// to the consumers of another); metrics of the same plus the runtime and the Federation.* meters.
    /// Exported over OTLP (with the logs) only when OTEL_EXPORTER_OTLP_ENDPOINT is set: a city's servers
    /// call no collector they were not given. Unexported, the activities still propagate.
    /// </summary>
    public static void AddTracing(this IHostApplicationBuilder builder, string service)
    {
        var cityId = builder.Configuration["City:Id"] ?? "unknown";
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r
                .AddService(service, serviceInstanceId: $"{cityId}-{service}")
                .AddAttributes([new("federation.city", cityId)]))
            .WithTracing(t => t
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddSource(DiagnosticHeaders.DefaultListenerName, "Federation.*"))
            .WithMetrics(m => m
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(InstrumentationOptions.MeterName, "Federation.*"));
        if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.UseOtlpExporter();
    }
}

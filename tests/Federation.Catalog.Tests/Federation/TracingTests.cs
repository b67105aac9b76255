using System.Diagnostics;
using OpenTelemetry.Trace;

namespace Federation.Catalog.Tests.Federation;

[Collection(nameof(CatalogFederation))]
public sealed class TracingTests(CatalogFederation federation)
{
    [Fact]
    public async Task One_trace_runs_from_taipeis_http_request_to_seouls_consumer()
    {
        // What seoul's catalog exports through its own OpenTelemetry pipeline, with no listener of the
        // test's own: the pipeline must sample and keep every step. (In one process a pipeline sees
        // the spans of every host, so taipei's steps show up here too.)
        var exported = new List<Activity>();
        var traceId = ActivityTraceId.CreateRandom();
        var marker = Samples.Marker();
        await federation.StopCatalogAsync("seoul");
        try
        {
            await federation.StartCatalogAsync("seoul", s => s.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(exported)));
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/solutions") { Content = JsonContent.Create(Samples.StreetLamp(marker)) };
            request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

            (await federation.Client("taipei").SendAsync(request)).EnsureSuccessStatusCode();
            await Samples.SearchUntilAsync(federation.Client("seoul"), marker, p => p.Total == 1, "seoul to receive the listing");
            // Seoul may consume before taipei's relay has its confirm and ends its spans: wait for them, or stopping
            // seoul's pipeline below would drop spans that were simply late. (A copy: the exporter adds meanwhile.)
            await Eventually.Async(() => Task.FromResult(exported.ToArray().Count(a => a.TraceId == traceId
                && (a.Source.Name == "Federation.Outbox" || a.Kind == ActivityKind.Producer)) >= 2), TimeSpan.FromSeconds(10), "taipei's relay spans");
        }
        finally
        {
            await federation.StopCatalogAsync("seoul"); // ends the consume and flushes the pipeline: the list is read alone below
            await federation.StartCatalogAsync("seoul");
        }

        var trace = exported.Where(a => a.TraceId == traceId).ToList();
        var seoulPort = $":{federation.Brokers.Members.Get("seoul").Broker.AmqpPort}";
        Assert.Contains(trace, a => a.Kind == ActivityKind.Server && a.Source.Name == "Microsoft.AspNetCore");
        Assert.Contains(trace, a => a.Source.Name == "Federation.Outbox");
        Assert.Contains(trace, a => a.Kind == ActivityKind.Producer && a.Source.Name == "MassTransit");
        Assert.Contains(trace, a => a.Kind == ActivityKind.Consumer && a.Source.Name == "MassTransit" &&
            a.Tags.Any(t => t.Value?.Contains(seoulPort) == true));
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Federation.Testing;
using Xunit;

namespace Federation.Catalog.Tests.Federation;

[Collection(nameof(CatalogFederation))]
public sealed class TracingTests(CatalogFederation federation)
{
    [Fact]
    public async Task One_trace_runs_from_taipeis_http_request_to_seouls_consumer()
    {
        var finished = new ConcurrentBag<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = finished.Add,
        };
        ActivitySource.AddActivityListener(listener);
        var traceId = ActivityTraceId.CreateRandom();
        var marker = Samples.Marker();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/solutions")
        {
            Content = JsonContent.Create(Samples.StreetLamp(marker)),
        };
        request.Headers.Add("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom()}-01");

        (await federation.Client("taipei").SendAsync(request)).EnsureSuccessStatusCode();
        await Samples.SearchUntilAsync(federation.Client("seoul"), marker, p => p.Total == 1, "seoul to receive the listing");

        var seoulPort = $":{federation.Brokers.Members.Get("seoul").Broker.AmqpPort}";
        await Eventually.Async(() => Task.FromResult(finished.Any(a =>
                a.TraceId == traceId && a.Kind == ActivityKind.Consumer &&
                a.Tags.Any(t => t.Value?.Contains(seoulPort) == true))),
            TimeSpan.FromSeconds(10), "a consumer activity on seoul's broker carrying the request's trace id");
    }
}

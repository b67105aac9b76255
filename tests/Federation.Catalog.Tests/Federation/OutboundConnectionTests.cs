using System.Diagnostics;

namespace Federation.Catalog.Tests.Federation;

/// <summary>A city's servers call nobody but their own broker, their peers and their token issuer: here all on 127.0.0.1.</summary>
[Collection(nameof(CatalogFederation))]
public sealed class OutboundConnectionTests(CatalogFederation federation)
{
    // MassTransit reports usage this long after its bus started (5 min by default, 30 s at the least)
    // and, with ReportOnShutdown, when the bus stops before that: both would be seen below.
    private static readonly TimeSpan ReportDelay = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_city_node_connects_only_to_127_0_0_1_while_it_runs_and_stops()
    {
        var seoul = federation.Brokers.Members.Get("seoul");
        IReadOnlyList<OutboundConnections.Destination> seen;
        using (var outbound = new OutboundConnections())
        {
            await federation.StopCatalogAsync("seoul");
            try
            {
                await federation.StartCatalogAsync("seoul", services => services.Configure<UsageTelemetryOptions>(o =>
                {
                    o.ReportDelay = ReportDelay;
                    o.ReportOnShutdown = true;
                }));
                var running = Stopwatch.StartNew();

                // Both ways: seoul applies taipei's listing, taipei applies seoul's (a token checked at seoul on the way).
                var marker = Samples.Marker();
                await Samples.CreateAsync(federation.Client("taipei"), Samples.StreetLamp($"{marker} from-taipei"));
                await Samples.CreateAsync(federation.Client("seoul"), Samples.StreetLamp($"{marker} from-seoul"));
                await Samples.SearchUntilAsync(federation.Client("seoul"), marker, p => p.Total == 2, "seoul to hold both listings");
                await Samples.SearchUntilAsync(federation.Client("taipei"), marker, p => p.Total == 2, "taipei to hold both listings");

                var pastReport = ReportDelay + TimeSpan.FromSeconds(5) - running.Elapsed;
                if (pastReport > TimeSpan.Zero) await Task.Delay(pastReport);
                await federation.StopCatalogAsync("seoul");
                seen = outbound.Seen;
            }
            finally
            {
                await federation.StartCatalogAsync("seoul");
            }
        }

        // The listener works: it saw seoul's catalog reach its broker and its token issuer.
        Assert.Contains(seen, d => d.Kind == "socket" && d.Port == seoul.Broker.AmqpPort);
        Assert.Contains(seen, d => d.Kind == "http" && d.Port == seoul.Services["identity"]);
        var elsewhere = seen.Where(d => !d.Is127001).Distinct().ToList();
        Assert.True(elsewhere.Count == 0, $"Reached for: {string.Join(", ", elsewhere)}");
    }
}

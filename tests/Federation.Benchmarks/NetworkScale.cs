// Issue 15's one command: on the same two federated brokers in the same run, the anchors (the raw federated hop and
// MassTransit alone), then the project's catalogue (propagation, throughput by stage, CPU per listing) as ratios to
// them, the award ranking (250 and 1,000 entries, to show its growth), then search at 1k, 10k and 100k listings at a
// fixed rate, against their targets.
// The catalogue runs before the anchors, so that its first listing meets services and buses nothing has warmed.
using Federation.Testing;

namespace Federation.Benchmarks;

public static class NetworkScale
{
    /// <param name="args">listings at 20/s (400), burst (2000), search sizes (1000,10000,100000), search rate (200).</param>
    public static async Task RunAsync(string[] args)
    {
        var listings = args.Length > 0 ? int.Parse(args[0]) : 400;
        var burst = args.Length > 1 ? int.Parse(args[1]) : 2000;
        var sizes = args.Length > 2 ? args[2].Split(',').Select(int.Parse).ToArray() : [1_000, 10_000, 100_000];
        var searchRate = args.Length > 3 ? int.Parse(args[3]) : 200;
        var load = new AnchorLoad();

        var targets = new List<string>();
        await using (var brokers = await TestFederation.StartAsync(load.From, load.To))
        {
            var catalogue = await CatalogPropagation.MeasureAsync(brokers, listings, burst, load.Rate);
            var hop = await BrokerAnchors.RawHopAsync(brokers, load);
            var bus = await BrokerAnchors.MassTransitAsync(brokers, load);
            BrokerAnchors.Print(hop, load);
            BrokerAnchors.Print(bus, load);
            CatalogPropagation.Print(catalogue, hop, bus);
            targets.Add(Target("propagation p50 ≤ 3 × the raw hop", catalogue.Latency.P50 / hop.Latency.P50, 3, "×"));
            targets.Add(Target("propagation p99 ≤ 3 × the raw hop", catalogue.Latency.P99 / hop.Latency.P99, 3, "×"));
            targets.Add(Target("first listing within 300 ms of the others' p50", catalogue.FirstMs - catalogue.Latency.P50, 300, "ms"));
            targets.Add(Target("throughput ≥ 1,500 listings/s", -catalogue.AppliedPerSecond, -1500, "/s"));
            targets.Add(Target("throughput ≥ 30 % of MassTransit's", -catalogue.AppliedPerSecond / bus.PerSecond * 100, -30, "%"));
            foreach (var (entries, on, off) in await AwardRankingBench.MeasureAsync(brokers, load.From, [250, 1_000]))
                targets.Add(Target($"award ranking of {entries:N0} entries x 25 judges x 4 criteria ≤ 50 ms (p50, normalisation on / off)",
                    Math.Max(on.P50, off.P50), 50, $"ms ({on.P50:0} / {off.P50:0})"));
        }
        foreach (var size in sizes)
        {
            var search = await CatalogSearchLatency.AsShippedAsync(size, searchRate, seconds: 5);
            targets.Add(Target($"search over {size:N0} at {searchRate}/s, p99 ≤ 20 ms", search.P99, 20, "ms"));
        }
        Console.WriteLine("Targets (issue 15):");
        foreach (var line in targets) Console.WriteLine($"  {line}");
    }

    // "At least" targets are passed negated, so that one comparison serves both; printed as measured.
    private static string Target(string name, double value, double limit, string unit) =>
        $"{(value <= limit ? "met    " : "NOT met")} {name}: {Math.Abs(value):0.#} {unit}";
}

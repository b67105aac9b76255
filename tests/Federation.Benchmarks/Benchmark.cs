// Benchmarks of the federation on real brokers. Each prints figures and asserts nothing: timings on a
// busy 2-core machine belong here, not in tests.
// Run: infra/test-containers.sh dotnet run -c Release --project tests/Federation.Benchmarks -- scale (issue 15's figures, side by side with
// the anchors) | catalog [listings burst rate] | trials [count] | anchors [messages burst] | awards [entries,...]
// Search alone needs no broker: dotnet run -c Release --project tests/Federation.Benchmarks -- search [listings [sqlite|postgres [rate [seconds]]]]
using Federation.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Benchmarks;

public static class Benchmark
{
    public static async Task Main(string[] args)
    {
        // Outside a test host WebApplicationFactory cannot find the services' content roots; they need none.
        foreach (var service in new[] { "CATALOG", "IDENTITY", "TRIALS", "AWARDS" })
            Environment.SetEnvironmentVariable($"ASPNETCORE_TEST_CONTENTROOT_FEDERATION_{service}", AppContext.BaseDirectory);
        var which = args.Length > 0 ? args[0] : "all";
        if (which is "scale") await NetworkScale.RunAsync([.. args.Skip(1)]);
        if (which is "catalog" or "all") await CatalogPropagation.RunAsync([.. args.Skip(1)]);
        if (which is "trials" or "all") await TrialRoundTrips.RunAsync([.. args.Skip(which == "all" ? 0 : 1)]);
        if (which is "anchors" or "all") await BrokerAnchors.RunAsync([.. args.Skip(which == "all" ? 0 : 1)]);
        if (which is "search" or "all") await CatalogSearchLatency.RunAsync([.. args.Skip(which == "all" ? 0 : 1)]);
        if (which is "awards" or "all") await AwardRankingBench.RunAsync([.. args.Skip(which == "all" ? 0 : 1)]);
    }

    /// <summary>A city's service as the benchmark needs it: unlimited writes and no request logs.</summary>
    public static CityService<T> Quiet<T>(TestFederation brokers, string city, string service, string connection) where T : class =>
        new(brokers, city, service, connection)
        {
            // The benchmark is the only writer: the write limits would measure themselves.
            Settings = new Dictionary<string, string>
            {
                ["RateLimits:WritesPerUserPerMinute"] = "100000",
                ["RateLimits:WritesPerAddressPerMinute"] = "100000",
            },
            // Request logs on the console would measure the console, not the federation.
            TestServices = services => services.Configure<LoggerFilterOptions>(o => o.MinLevel = LogLevel.Warning),
        };

    /// <summary>p50, p95, p99 and max of latencies in milliseconds (sorts them); printed as "p50 1.4 ms, p95 ...".</summary>
    public static Latencies Percentiles(List<double> values)
    {
        values.Sort();
        double At(double q) => values[(int)Math.Min(values.Count - 1, Math.Round(q * (values.Count - 1)))];
        return new(At(0.50), At(0.95), At(0.99), values[^1]);
    }
}

/// <summary>Percentiles of latencies in milliseconds: figures to compare (ratios to an anchor) as well as to print.</summary>
public sealed record Latencies(double P50, double P95, double P99, double Max)
{
    public override string ToString() => $"p50 {P50:0.0} ms, p95 {P95:0.0} ms, p99 {P99:0.0} ms, max {Max:0.0} ms";
}

extern alias identity;
// Measures how fast the catalogue federates: one listing at a time (latency from taipei's POST to
// seoul answering it), then a burst (throughput until seoul holds them all). Prints figures; asserts
// nothing: timings on a busy 2-core machine belong here, not in tests.
// Run: dotnet run -c Release --project tests/Federation.Benchmarks [-- singles burst]
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Federation.Benchmarks;

public static class CatalogPropagation
{
    public static async Task Main(string[] args)
    {
        // Outside a test host WebApplicationFactory cannot find the catalog's content root; it needs none.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_FEDERATION_CATALOG", AppContext.BaseDirectory);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_FEDERATION_IDENTITY", AppContext.BaseDirectory);
        var singles = args.Length > 0 ? int.Parse(args[0]) : 200;
        var burst = args.Length > 1 ? int.Parse(args[1]) : 1000;

        await using var brokers = await TestFederation.StartAsync("taipei", "seoul");
        await using var taipei = Quiet("taipei");
        await using var seoul = Quiet("seoul");
        await using var taipeiIdentity = new CityService<identity::Program>(brokers, "taipei", "identity", "Identity").ListenOnMemberPort();
        var (from, to) = (await DevUsers.SignedInAsync(taipei.CreateClient(), brokers, "agency@taipei"), seoul.CreateClient());
        await Eventually.Async(async () => (await to.GetAsync("/health")).IsSuccessStatusCode
            && (await from.GetAsync("/health")).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "health");
        await brokers.WaitForFederationLinksAsync(TimeSpan.FromSeconds(60));

        var latencies = new List<double>();
        for (var i = 0; i < singles; i++)
        {
            var clock = Stopwatch.StartNew();
            var created = await (await from.PostAsJsonAsync("/api/solutions", Listing($"single {i}"))).Content.ReadFromJsonAsync<SolutionResponse>();
            while ((await to.GetAsync($"/api/solutions/{created!.Id}")).StatusCode == HttpStatusCode.NotFound) await Task.Delay(1);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
        }
        latencies.Sort();
        Console.WriteLine($"POST in taipei -> readable in seoul, {singles} listings one at a time: " +
            $"p50 {At(0.50):0.0} ms, p95 {At(0.95):0.0} ms, p99 {At(0.99):0.0} ms, max {latencies[^1]:0.0} ms");

        var marker = Guid.NewGuid().ToString("N")[..10];
        var total = Stopwatch.StartNew();
        await Parallel.ForAsync(0, burst, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, ct) => (await from.PostAsJsonAsync($"/api/solutions", Listing($"{marker} burst {i}"), ct)).EnsureSuccessStatusCode());
        var posted = total.Elapsed.TotalSeconds;
        await Eventually.Async(async () => (await to.GetFromJsonAsync<ResultPage<SolutionResponse>>($"/api/solutions?q={marker}&pageSize=1"))!.Total == burst,
            TimeSpan.FromMinutes(5), "seoul to hold the burst");
        Console.WriteLine($"Burst of {burst} listings (8 writers): accepted by taipei in {posted:0.00} s ({burst / posted:0} /s), " +
            $"all searchable in seoul after {total.Elapsed.TotalSeconds:0.00} s ({burst / total.Elapsed.TotalSeconds:0} /s end to end)");

        var search = Stopwatch.StartNew();
        const int searches = 200;
        for (var i = 0; i < searches; i++) (await to.GetAsync($"/api/solutions?q=lamp%20{i % 10}")).EnsureSuccessStatusCode();
        Console.WriteLine($"Search over {singles + burst} listings in seoul: {search.Elapsed.TotalMilliseconds / searches:0.0} ms per query (sequential)");

        double At(double q) => latencies[(int)Math.Min(latencies.Count - 1, Math.Round(q * (latencies.Count - 1)))];

        SolutionRequest Listing(string text) => new(
            new Dictionary<string, string> { ["en"] = $"Smart street lamp {text}", ["zh-TW"] = $"智慧路燈 {text}" },
            new Dictionary<string, string> { ["en"] = "Dims itself when the street is empty." },
            "environment", new Provider("Lumen Co.", null, "taipei"), "pilot", 6, ["lighting"], null);

        // Request logs on the console would measure the console, not the federation.
        CityService<Program> Quiet(string city) => new(brokers, city, "catalog", "Catalog")
        {
            // The benchmark is the only writer: the write limits would measure themselves.
            Settings = new Dictionary<string, string>
            {
                ["RateLimits:WritesPerUserPerMinute"] = "100000",
                ["RateLimits:WritesPerAddressPerMinute"] = "100000",
            },
            TestServices = services => services.Configure<LoggerFilterOptions>(o => o.MinLevel = LogLevel.Warning),
        };
    }
}

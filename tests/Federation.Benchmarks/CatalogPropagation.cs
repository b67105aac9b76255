extern alias catalog;
extern alias identity;
// Measures how fast the catalogue federates: one listing at a time (latency from taipei's POST to
// seoul answering it), then a burst (throughput until seoul holds them all). Prints figures; asserts
// nothing: timings on a busy 2-core machine belong here, not in tests.
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.Testing;

namespace Federation.Benchmarks;

public static class CatalogPropagation
{
    public static async Task RunAsync(string[] args)
    {
        var singles = args.Length > 0 ? int.Parse(args[0]) : 200;
        var burst = args.Length > 1 ? int.Parse(args[1]) : 1000;

        await using var brokers = await TestFederation.StartAsync("taipei", "seoul");
        await using var taipei = Benchmark.Quiet<catalog::Program>(brokers, "taipei", "catalog", "Catalog");
        await using var seoul = Benchmark.Quiet<catalog::Program>(brokers, "seoul", "catalog", "Catalog");
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
        Console.WriteLine($"POST in taipei -> readable in seoul, {singles} listings one at a time: {Benchmark.Percentiles(latencies)}");

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

        SolutionRequest Listing(string text) => new(
            new Dictionary<string, string> { ["en"] = $"Smart street lamp {text}", ["zh-TW"] = $"智慧路燈 {text}" },
            new Dictionary<string, string> { ["en"] = "Dims itself when the street is empty." },
            "environment", new Provider("Lumen Co.", null, "taipei"), "pilot", 6, ["lighting"], null);
    }
}

extern alias catalog;
extern alias identity;
extern alias trials;
using System.Diagnostics;
using System.Net.Http.Json;
using Federation.Contracts.Catalog;
using Federation.Contracts.Trials;
using Federation.Testing;

namespace Federation.Benchmarks;

/// <summary>
/// How long a trial's targeted messages take between two cities: from seoul's endorsement until taipei
/// holds the application, and from taipei's acceptance until seoul's copy shows it, one trial at a time.
/// </summary>
public static class TrialRoundTrips
{
    public static async Task RunAsync(string[] args)
    {
        var count = args.Length > 0 ? int.Parse(args[0]) : 100;
        await using var brokers = await TestFederation.StartAsync("taipei", "seoul");
        var services = new List<IAsyncDisposable>();
        try
        {
            foreach (var city in new[] { "taipei", "seoul" })
            {
                services.Add(new CityService<identity::Program>(brokers, city, "identity", "Identity").ListenOnMemberPort());
                services.Add(Benchmark.Quiet<catalog::Program>(brokers, city, "catalog", "Catalog").ListenOnMemberPort());
            }
            var seoulTrials = Benchmark.Quiet<trials::Program>(brokers, "seoul", "trials", "Trials");
            var taipeiTrials = Benchmark.Quiet<trials::Program>(brokers, "taipei", "trials", "Trials");
            services.AddRange([seoulTrials, taipeiTrials]);
            var startup = await DevUsers.SignedInAsync(seoulTrials.CreateClient(), brokers, "startup@seoul");
            var seoulAgency = await DevUsers.SignedInAsync(seoulTrials.CreateClient(), brokers, "agency@seoul");
            var taipeiAgency = await DevUsers.SignedInAsync(taipeiTrials.CreateClient(), brokers, "agency@taipei");
            var catalog = await DevUsers.SignedInAsync(new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{brokers.Members.Get("seoul").Services["catalog"]}") }, brokers, "agency@seoul");
            await Eventually.Async(async () => (await seoulTrials.CreateClient().GetAsync("/health")).IsSuccessStatusCode
                && (await taipeiTrials.CreateClient().GetAsync("/health")).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "health");
            await brokers.WaitForFederationLinksAsync(TimeSpan.FromSeconds(60));

            var solution = (await (await catalog.PostAsJsonAsync("/api/solutions", new SolutionRequest(
                new Dictionary<string, string> { ["en"] = "Smart bus stop" }, new Dictionary<string, string> { ["en"] = "Real-time arrivals." },
                "transportation", new Provider("seoul startup", null, "seoul"), "pilot", 6, [], null))).Content.ReadFromJsonAsync<SolutionResponse>())!;
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var (outbound, inbound, journeys) = (new List<double>(), new List<double>(), Stopwatch.StartNew());
            for (var i = 0; i < count; i++)
            {
                var trial = await Json(await startup.PostAsJsonAsync("/api/trials", new ApplyForTrialRequest("taipei", solution.Id, null,
                    $"Trial {i}", "Beitou", [new KpiRequest("Waiting", "min", 12, 8, null)], 6, 50)));
                await startup.PostAsync($"/api/trials/{trial.Id}/submit", null);
                var clock = Stopwatch.StartNew();
                await seoulAgency.PostAsJsonAsync($"/api/trials/{trial.Id}/endorse", new EndorseRequest(null));
                await Until(taipeiAgency, trial.Id, t => t.Status == "screening");
                outbound.Add(clock.Elapsed.TotalMilliseconds);
                // Seoul's copy settles first, so that the acceptance is timed alone.
                await Until(startup, trial.Id, t => t.ScreeningDeadline is not null);
                clock.Restart();
                await taipeiAgency.PostAsJsonAsync($"/api/trials/{trial.Id}/accept", new AcceptRequest(null, null, today, today.AddMonths(5), null, null));
                await Until(startup, trial.Id, t => t.Status == "accepted");
                inbound.Add(clock.Elapsed.TotalMilliseconds);
            }
            Console.WriteLine($"Endorsed in seoul -> in screening at taipei, {count} trials one at a time: {Benchmark.Percentiles(outbound)}");
            Console.WriteLine($"Accepted in taipei -> accepted on seoul's copy, {count} trials one at a time: {Benchmark.Percentiles(inbound)}");
            Console.WriteLine($"{count} applications from draft to accepted on both copies in {journeys.Elapsed.TotalSeconds:0.0} s");
        }
        finally
        {
            foreach (var service in Enumerable.Reverse(services)) await service.DisposeAsync();
        }
    }

    private static async Task<TrialResponse> Json(HttpResponseMessage response) =>
        (await response.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<TrialResponse>())!;

    private static async Task Until(HttpClient client, Guid id, Func<TrialResponse, bool> done)
    {
        while (true)
        {
            var response = await client.GetAsync($"/api/trials/{id}");
            if (response.IsSuccessStatusCode && done((await response.Content.ReadFromJsonAsync<TrialResponse>())!)) return;
            await Task.Delay(1);
        }
    }
}

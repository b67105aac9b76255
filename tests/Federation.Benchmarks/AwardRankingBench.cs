extern alias awards;
extern alias identity;
// Measures the secretariat's ranking of a large cycle: N entries, 25 judges assigned every entry, 4 criteria, every
// sheet scored, seeded through the awards service's own storage (its SQLite file), then the ranking endpoint over real
// HTTP, normalisation on and off. Beside it, the same ranking in process by stage, to say where the time goes.
using System.Diagnostics;
using System.Net.Http.Json;
using Federation.Awards.Features.Secretariat;
using Federation.Awards.Tests.Ranking;
using Federation.Contracts.Awards;
using Federation.Testing;

namespace Federation.Benchmarks;

public static class AwardRankingBench
{
    private const int Judges = 25, Calls = 20;

    /// <param name="args">The numbers of entries, comma-separated (250,500,1000).</param>
    public static async Task RunAsync(string[] args)
    {
        var sizes = (args.Length > 0 ? args[0] : "250,500,1000").Split(',').Select(int.Parse).ToList();
        await using var brokers = await TestFederation.StartAsync("taipei");
        await MeasureAsync(brokers, "taipei", sizes);
    }

    /// <summary>The ranking's latency at the endpoint for each size, normalisation on and off (printed as it goes).</summary>
    public static async Task<IReadOnlyList<(int Entries, Latencies On, Latencies Off)>> MeasureAsync(TestFederation brokers, string city,
        IEnumerable<int> sizes)
    {
        await using var identityService = new CityService<identity::Program>(brokers, city, "identity", "Identity").ListenOnMemberPort();
        await using var service = Benchmark.Quiet<awards::Program>(brokers, city, "awards", "Awards").ListenOnMemberPort();
        var secretariat = await DevUsers.SignedInAsync(new HttpClient { BaseAddress = new Uri(brokers.ServiceUri(city, "awards")) }, brokers, $"secretariat@{city}");
        await Eventually.Async(async () => (await secretariat.GetAsync("/health")).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "health");

        var results = new List<(int, Latencies, Latencies)>();
        foreach (var entries in sizes)
        {
            var clock = Stopwatch.StartNew();
            var cycle = LargeCycle.Make(entries, Judges, Disorder.None);
            await service.WithScopeAsync<AwardsDbContext, int>(async db => { await cycle.SaveAsync(db); return 0; });
            var sheets = entries * Judges;
            Console.WriteLine($"Award ranking, {entries} entries x {Judges} judges x 4 criteria ({sheets} sheets) seeded in {clock.Elapsed.TotalSeconds:0.0} s");
            var measured = new Dictionary<bool, Latencies>();
            foreach (var normalise in new[] { true, false })
            {
                await service.WithScopeAsync<AwardsDbContext, int>(db =>
                    db.Cycles.Where(c => c.Id == cycle.Cycle.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.NormaliseScores, normalise)));
                var path = $"/api/awards/cycles/{cycle.Cycle.Id}/ranking";
                for (var i = 0; i < 3; i++) await RankedAsync(secretariat, path, entries);
                var latencies = new List<double>();
                for (var i = 0; i < Calls; i++)
                {
                    clock.Restart();
                    await RankedAsync(secretariat, path, entries);
                    latencies.Add(clock.Elapsed.TotalMilliseconds);
                }
                var figures = measured[normalise] = Benchmark.Percentiles(latencies);
                Console.WriteLine($"  normalisation {(normalise ? "on " : "off")}: GET ranking p50 {figures.P50:0.0} ms, p95 {figures.P95:0.0} ms, "
                    + $"max {figures.Max:0.0} ms; {figures.P50 * 1000 / sheets:0.00} ms per 1,000 sheets (p50); in process {await StagesAsync(service, cycle.Cycle.Id)}");
            }
            results.Add((entries, measured[true], measured[false]));
        }
        return results;
    }

    private static async Task RankedAsync(HttpClient client, string path, int entries)
    {
        var ranking = await client.GetFromJsonAsync<RankingResponse>(path);
        if (ranking!.Entries.Count != entries) throw new InvalidOperationException($"{ranking.Entries.Count} entries ranked, not {entries}.");
    }

    // Median of a few in-process runs of each stage: computing the ranking (reading the sheets and ranking them) and the answer.
    private static Task<string> StagesAsync(CityService<awards::Program> service, Guid cycleId) =>
        service.WithScopeAsync<AwardsDbContext, string>(async db =>
        {
            var (compute, answer) = (new List<double>(), new List<double>());
            for (var i = 0; i < 5; i++)
            {
                var clock = Stopwatch.StartNew();
                var cycle = await db.Cycles.AsNoTracking().FirstAsync(c => c.Id == cycleId);
                var ranking = await CycleRanking.ComputeAsync(db, cycle, default);
                compute.Add(clock.Elapsed.TotalMilliseconds);
                clock.Restart();
                ranking.ToResponse(DateTimeOffset.UtcNow);
                answer.Add(clock.Elapsed.TotalMilliseconds);
            }
            return $"compute {Benchmark.Percentiles(compute).P50:0.0} ms, answer {Benchmark.Percentiles(answer).P50:0.0} ms";
        });
}

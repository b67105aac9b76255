extern alias catalog;
extern alias identity;
// Measures how fast the catalogue federates between two cities: the first listing after the services start, then
// listings at a fixed rate (latency from taipei's POST to seoul answering it), then a burst (listings accepted,
// relayed and applied at seoul per second, and this process's CPU per listing). Prints figures; asserts nothing:
// timings on a busy 2-core machine belong here, not in tests.
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Federation.Contracts;
using Federation.Contracts.Catalog;
using Federation.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Federation.Benchmarks;

/// <summary>
/// The catalogue's figures: the first listing's latency (cold services), the others' at a fixed rate, and a burst's rates
/// at each stage: accepted by taipei, relayed (its outbox emptied), applied at seoul; with this process's CPU per listing
/// (both cities' services run here; the brokers do not).
/// </summary>
public sealed record PropagationFigures(double FirstMs, Latencies Latency, PropagationStages Stages, int Rate, int Burst, double AcceptedPerSecond,
    double RelayedPerSecond, double AppliedPerSecond, double CpuMsPerListing);

/// <summary>
/// Where a listing's propagation goes, read from the stores' own times (both cities run in this process, on one clock):
/// taipei's answer to the POST; its outbox row from written to confirmed by the broker; from that confirm until seoul's
/// consumer took it (the broker may deliver before it confirms: then negative); from there until seoul's API found it.
/// </summary>
public sealed record PropagationStages(Latencies Post, Latencies Relay, Latencies ConfirmToConsumed, Latencies ConsumedToReadable)
{
    public override string ToString() =>
        $"  POST answered: {Post}\n  outbox row written -> publish confirmed: {Relay}\n" +
        $"  confirmed -> consumed in seoul: {ConfirmToConsumed}\n  consumed -> readable in seoul: {ConsumedToReadable}";
}

public static class CatalogPropagation
{
    /// <param name="args">listings at the rate (400), burst (2000), rate per second (20).</param>
    public static async Task RunAsync(string[] args)
    {
        var (listings, burst, rate) = (args.Length > 0 ? int.Parse(args[0]) : 400, args.Length > 1 ? int.Parse(args[1]) : 2000,
            args.Length > 2 ? int.Parse(args[2]) : 20);
        await using var brokers = await TestFederation.StartAsync("taipei", "seoul");
        Print(await MeasureAsync(brokers, listings, burst, rate));
    }

    public static void Print(PropagationFigures f, Anchor? hop = null, Anchor? bus = null)
    {
        Console.WriteLine($"Catalogue, POST in taipei -> readable in seoul: first listing after start {f.FirstMs:0} ms; " +
            $"then at {f.Rate}/s: {f.Latency}" + (hop is null ? "" :
            $" (to the raw hop: p50 {f.Latency.P50 / hop.Latency.P50:0.0} ×, p99 {f.Latency.P99 / hop.Latency.P99:0.0} ×)"));
        Console.WriteLine(f.Stages);
        Console.WriteLine($"Catalogue, burst of {f.Burst} (8 writers): accepted {f.AcceptedPerSecond:0} /s, relayed {f.RelayedPerSecond:0} /s, " +
            $"applied in seoul {f.AppliedPerSecond:0} /s end to end" + (bus is null ? "" : $" ({f.AppliedPerSecond / bus.PerSecond:0.0%} of MassTransit's)") +
            $"; CPU {f.CpuMsPerListing:0.00} ms per listing" + (bus is null ? "" : $" ({f.CpuMsPerListing / bus.CpuMsPerMessage:0.0} × MassTransit's per message)"));
    }

    public static async Task<PropagationFigures> MeasureAsync(TestFederation brokers, int listings, int burst, int rate)
    {
        await using var taipei = Benchmark.Quiet<catalog::Program>(brokers, "taipei", "catalog", "Catalog");
        await using var seoul = Benchmark.Quiet<catalog::Program>(brokers, "seoul", "catalog", "Catalog");
        await using var taipeiIdentity = new CityService<identity::Program>(brokers, "taipei", "identity", "Identity").ListenOnMemberPort();
        var (from, to) = (await DevUsers.SignedInAsync(taipei.CreateClient(), brokers, "agency@taipei"), seoul.CreateClient());
        await Eventually.Async(async () => (await to.GetAsync("/health")).IsSuccessStatusCode
            && (await from.GetAsync("/health")).IsSuccessStatusCode, TimeSpan.FromSeconds(60), "health");
        await brokers.WaitForFederationLinksAsync(TimeSpan.FromSeconds(60));

        async Task<Propagated> PropagateAsync(string text)
        {
            var clock = Stopwatch.StartNew();
            var created = await (await from.PostAsJsonAsync("/api/solutions", Listing(text))).Content.ReadFromJsonAsync<SolutionResponse>();
            var post = clock.Elapsed.TotalMilliseconds;
            while ((await to.GetAsync($"/api/solutions/{created!.Id}")).StatusCode == HttpStatusCode.NotFound) await Task.Delay(1);
            return new(created.Id, clock.Elapsed.TotalMilliseconds, post, DateTimeOffset.UtcNow);
        }
        var first = (await PropagateAsync("first")).Total;

        // Open loop: each listing is posted at its time whether or not the earlier ones have arrived.
        var timed = new List<Task<Propagated>>();
        var run = Stopwatch.StartNew();
        for (var i = 0; i < listings; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > run.Elapsed) await Task.Delay(due - run.Elapsed);
            var text = $"at rate {i}";
            timed.Add(Task.Run(() => PropagateAsync(text)));
        }
        var measured = await Task.WhenAll(timed);
        var latency = Benchmark.Percentiles([.. measured.Select(m => m.Total)]);
        var rateStages = await StagesOfAsync(taipei, seoul, measured);

        var marker = Guid.NewGuid().ToString("N")[..10];
        Console.Error.WriteLine($"Catalogue: burst of {burst} starting"); // a mark to start a profiler at
        var cpu = ProcessCpu.Start();
        var total = Stopwatch.StartNew();
        var stages = Task.Run(() => StagesAsync(taipei, seoul, burst, total));
        await Parallel.ForAsync(0, burst, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, ct) => (await from.PostAsJsonAsync($"/api/solutions", Listing($"{marker} burst {i}"), ct)).EnsureSuccessStatusCode());
        var posted = total.Elapsed.TotalSeconds;
        var (relayed, applied) = await stages;
        var cpuPerListing = cpu.MillisecondsPer(burst);
        return new PropagationFigures(first, latency, rateStages, rate, burst, burst / posted, burst / relayed, burst / applied, cpuPerListing);

        static SolutionRequest Listing(string text) => new(
            new Dictionary<string, string> { ["en"] = $"Smart street lamp {text}", ["zh-TW"] = $"智慧路燈 {text}" },
            new Dictionary<string, string> { ["en"] = "Dims itself when the street is empty." },
            "environment", new Provider("Lumen Co.", null, "taipei"), "pilot", 6, ["lighting"], null);
    }

    /// <summary>
    /// Seconds from the burst's start until taipei's outbox has sent a row for every listing of it (one each), and until
    /// seoul holds them all (read in the stores, not through the API, so that watching costs the services little).
    /// </summary>
    private static async Task<(double Relayed, double Applied)> StagesAsync(CityService<catalog::Program> taipei,
        CityService<catalog::Program> seoul, int burst, Stopwatch clock)
    {
        Task<int> Sent() => CountAsync(taipei, db => db.OutboxMessages.CountAsync(m => m.SentAt != null));
        Task<int> Held() => CountAsync(seoul, db => db.Solutions.CountAsync(s => s.City == "taipei"));
        var (sent, held) = (await Sent(), await Held());
        double? relayed = null;
        var deadline = TimeSpan.FromMinutes(5);
        while (clock.Elapsed < deadline)
        {
            await Task.Delay(20);
            if (relayed is null && await Sent() >= sent + burst) relayed = clock.Elapsed.TotalSeconds;
            if (relayed is not null && await Held() >= held + burst) return (relayed.Value, clock.Elapsed.TotalSeconds);
        }
        throw new TimeoutException($"the burst of {burst} was not relayed and applied in seoul within {deadline.TotalMinutes} minutes");
    }

    private sealed record Propagated(Guid Id, double Total, double Post, DateTimeOffset ReadableAt);

    private static async Task<PropagationStages> StagesOfAsync(CityService<catalog::Program> taipei, CityService<catalog::Program> seoul,
        Propagated[] measured)
    {
        await using var taipeiScope = taipei.Services.CreateAsyncScope();
        await using var seoulScope = seoul.Services.CreateAsyncScope();
        var rows = await taipeiScope.ServiceProvider.GetRequiredService<Federation.Catalog.CatalogDbContext>().OutboxMessages.AsNoTracking()
            .OrderByDescending(m => m.Sequence).Take(measured.Length * 2).ToListAsync();
        var ids = rows.Select(r => r.MessageId).ToList();
        var consumed = (await seoulScope.ServiceProvider.GetRequiredService<Federation.Catalog.CatalogDbContext>().ProcessedMessages
            .AsNoTracking().Where(m => ids.Contains(m.MessageId)).ToListAsync()).ToDictionary(m => m.MessageId, m => m.ProcessedAt);
        var stages = measured.Select(m => (m, Row: rows.FirstOrDefault(r => r.Payload.Contains(m.Id.ToString()))))
            .Where(s => s.Row?.SentAt is not null && consumed.ContainsKey(s.Row.MessageId))
            .Select(s => (s.m.Post, Relay: (s.Row!.SentAt!.Value - s.Row.CreatedAt).TotalMilliseconds,
                Hop: (consumed[s.Row.MessageId] - s.Row.SentAt.Value).TotalMilliseconds,
                Read: (s.m.ReadableAt - consumed[s.Row.MessageId]).TotalMilliseconds)).ToList();
        return new PropagationStages(Benchmark.Percentiles([.. stages.Select(s => s.Post)]), Benchmark.Percentiles([.. stages.Select(s => s.Relay)]),
            Benchmark.Percentiles([.. stages.Select(s => s.Hop)]), Benchmark.Percentiles([.. stages.Select(s => s.Read)]));
    }

    private static async Task<int> CountAsync(CityService<catalog::Program> city, Func<Federation.Catalog.CatalogDbContext, Task<int>> count)
    {
        await using var scope = city.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<Federation.Catalog.CatalogDbContext>());
    }
}

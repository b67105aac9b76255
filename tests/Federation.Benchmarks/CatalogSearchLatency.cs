// Measures catalogue search over many listings, before the index (the substring search the tests keep as their
// oracle, on the schema of the release before it) and after (the index the SearchIndex migration builds over the same
// rows): each word alone, then at a fixed rate. The query the search endpoint runs, on a new context per search, in
// this process (no HTTP). Prints figures; asserts nothing.
using System.Diagnostics;
using Federation.Catalog;
using Federation.Catalog.Common;
using Federation.Catalog.Features.Solutions;
using Federation.Catalog.Tests.Storage;
using Federation.ServiceDefaults.Hosting;
using Federation.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Benchmarks;

public static class CatalogSearchLatency
{
    private static string[] Words = ["智慧", "路燈", "스마트", "smart"];

    /// <param name="args">
    /// listings (10000), store (sqlite or postgres), rate per second (200), seconds at that rate (5), words (comma-separated;
    /// issue 15's four by default).
    /// </param>
    public static async Task RunAsync(string[] args)
    {
        var listings = args.Length > 0 ? int.Parse(args[0]) : 10_000;
        var postgres = args.Length > 1 && args[1] == "postgres";
        var rate = args.Length > 2 ? int.Parse(args[2]) : 200;
        var seconds = args.Length > 3 ? int.Parse(args[3]) : 5;
        if (args.Length > 4) Words = args[4].Split(',');
        var folder = Directory.CreateTempSubdirectory("catalog-search-bench-").FullName;
        var server = postgres ? await PostgresServer.StartedAsync() : null;
        var database = server?.NewDatabase("search-bench", Guid.NewGuid().ToString("N")[..8]);
        CatalogDbContext Open() => postgres
            ? new PostgresCatalogDbContext(new DbContextOptionsBuilder<PostgresCatalogDbContext>().UseNpgsql(database).Options)
            : new CatalogDbContext(new DbContextOptionsBuilder<CatalogDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "catalog.db")}").Options);
        // The release before the index wrote what its schema held: the model of today would write columns it lacks.
        CatalogDbContext OpenFirstRelease() => new FirstReleaseContext(postgres
            ? new DbContextOptionsBuilder<CatalogDbContext>().UseNpgsql(database).Options
            : new DbContextOptionsBuilder<CatalogDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "catalog.db")}").Options);
        try
        {
            var clock = Stopwatch.StartNew();
            await using (var db = Open()) await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
            await FillAsync(OpenFirstRelease, listings);
            if (postgres) await using (var db = Open()) await db.Database.ExecuteSqlRawAsync("ANALYZE");
            Console.WriteLine($"{(postgres ? "PostgreSQL" : "SQLite")}, {listings} listings written in {clock.Elapsed.TotalSeconds:0.0} s");

            Console.WriteLine("Before (substring search over every listing):");
            await MeasureAsync(Open, async (s, db) => (await SubstringSearch.RunAsync(s, db.Solutions)).Split(' ')[0], rate: null, seconds);

            clock.Restart();
            await using (var db = Open())
            {
                await db.UpgradeSchemaAsync();
                // The statistics a live server's autovacuum keeps: without them PostgreSQL guesses what an index leaves.
                if (postgres) await db.Database.ExecuteSqlRawAsync("ANALYZE");
            }
            Console.WriteLine($"Upgrade to the index (built over the listings held): {clock.Elapsed.TotalSeconds:0.0} s");

            Console.WriteLine("After (the index, every match counted):");
            await MeasureAsync(Open, async (s, db) => (await s.RunAsync(db, db.Solutions, null, default)).Total.ToString(), rate, seconds);
            Console.WriteLine("After, total=estimate, newest first without facets (the search before relevance: the newest 2,000 first):");
            var counts = new LiveCounts(TimeProvider.System);
            await MeasureAsync(Open, async (s, db) => Shown(await (s with { EstimateTotal = true }).RunAsync(db, db.Solutions, counts, default)),
                rate, seconds);
            Console.WriteLine("After, total=estimate, newest first with facets and a listing filter (verified=false: the window without ranking):");
            await MeasureAsync(Open, async (s, db) => Shown(await (s with { EstimateTotal = true, Faceted = true, Verified = false }).RunAsync(db, db.Solutions, counts, default)),
                rate, seconds);
            Console.WriteLine("After, total=estimate, by relevance with facets (the portal's search):");
            await MeasureAsync(Open, async (s, db) => Shown(await AsThePortalAsks(s).RunAsync(db, db.Solutions, counts, default)), rate, seconds);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            if (server is not null) server.DropDatabases("search-bench");
        }
    }

    /// <summary>
    /// The search as shipped, over a store of <paramref name="listings"/> made with every migration: the index with the
    /// portal's total=estimate, each word alone and then every word in turn at <paramref name="rate"/>/s.
    /// </summary>
    public static async Task<Latencies> AsShippedAsync(int listings, int rate, int seconds)
    {
        var folder = Directory.CreateTempSubdirectory("catalog-search-bench-").FullName;
        CatalogDbContext Open() => new(new DbContextOptionsBuilder<CatalogDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "catalog.db")}").Options);
        try
        {
            await using (var db = Open()) await db.UpgradeSchemaAsync();
            await FillAsync(Open, listings);
            Console.WriteLine($"Search over {listings:N0} listings (SQLite, in process), total=estimate, by relevance with facets, as the portal asks:");
            var counts = new LiveCounts(TimeProvider.System);
            return (await MeasureAsync(Open, async (s, db) => Shown(await AsThePortalAsks(s).RunAsync(db, db.Solutions, counts, default)),
                rate, seconds))!;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The portal's search: total=estimate, best first, with facets (what the endpoint makes of <c>?q=…&amp;total=estimate</c>).</summary>
    private static CatalogSearch AsThePortalAsks(CatalogSearch search) =>
        search with { EstimateTotal = true, ByRelevance = true, Faceted = true };

    private static string Shown(Found<Solution> found) => found.TotalIsEstimate ? $"about {found.Total}" : found.Total.ToString();

    private static async Task FillAsync(Func<CatalogDbContext> open, int listings)
    {
        var random = new Random(15);
        var start = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var done = 0; done < listings;)
        {
            await using var db = open();
            for (var end = Math.Min(listings, done + 2000); done < end; done++)
                db.Solutions.Add(Solution.Create(ListingTexts.City(random), ListingTexts.Solution(random), start.AddMinutes(done)));
            await db.SaveChangesAsync();
        }
    }

    // Each word alone (one search at a time), then, if a rate is given, every word in turn at that rate.
    private static async Task<Latencies?> MeasureAsync(Func<CatalogDbContext> open, Func<CatalogSearch, CatalogDbContext, Task<string>> search,
        int? rate, int seconds)
    {
        async Task<double> TimedAsync(string word)
        {
            var clock = Stopwatch.StartNew();
            await using var db = open();
            await search(new CatalogSearch(CatalogText.Terms(word), null, null, 1, CatalogSearch.DefaultPageSize), db);
            return clock.Elapsed.TotalMilliseconds;
        }
        foreach (var word in Words)
        {
            await using (var db = open()) Console.Write($"  {word} ({await search(new CatalogSearch(CatalogText.Terms(word), null, null, 1, 1), db)} match): ");
            var latencies = new List<double>();
            for (var i = 0; i < (rate is null ? 10 : 100); i++) latencies.Add(await TimedAsync(word));
            Console.WriteLine($"alone {Benchmark.Percentiles(latencies)}");
        }
        if (rate is not { } perSecond) return null;
        // Open loop: each search starts at its time whether or not the earlier ones ended; latency counts from that time.
        var timed = new List<Task<double>>();
        var run = Stopwatch.StartNew();
        for (var i = 0; i < perSecond * seconds; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due > run.Elapsed) await Task.Delay(due - run.Elapsed);
            var word = Words[i % Words.Length];
            timed.Add(Task.Run(async () =>
            {
                await TimedAsync(word);
                return (run.Elapsed - due).TotalMilliseconds;
            }));
        }
        var all = Benchmark.Percentiles([.. await Task.WhenAll(timed)]);
        Console.WriteLine($"  every word in turn at {perSecond}/s for {seconds} s: {all}");
        return all;
    }
}

using Federation.Catalog.Features.Challenges;
using Federation.Catalog.Features.Solutions;
using Federation.ServiceDefaults.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Federation.Catalog.Tests.Storage;

/// <summary>
/// A few thousand generated listings and challenges in English, Traditional Chinese and Korean, in one SQLite file
/// (and, as <see cref="PostgresGeneratedCatalogue"/>, one PostgreSQL database): half written before the search index
/// existed (as a node upgrading holds them), half after, then some changed, withdrawn or deleted, so that every way
/// the index is written (the upgrade's fill, insert, update, delete) is behind what the searches find.
/// </summary>
public class GeneratedCatalogue : IAsyncLifetime
{
    public const int Solutions = 2400, Challenges = 1200;
    private readonly string _root = Directory.CreateTempSubdirectory("catalog-search-").FullName;

    /// <summary>A new context on the catalogue, as each request gets.</summary>
    public virtual CatalogDbContext Open() => new(Options.UseSqlite(Connection).Options);

    /// <summary>A context of the first release's model, which writes what its schema holds.</summary>
    protected virtual CatalogDbContext OpenFirstRelease() => new FirstReleaseContext(Options.UseSqlite(Connection).Options);

    private string Connection => $"Data Source={Path.Combine(_root, "catalog.db")}";

    protected static DbContextOptionsBuilder<CatalogDbContext> Options => new();

    public async Task InitializeAsync()
    {
        var random = new Random(15);
        var start = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        // The schema of the release before the index (its first migration only), written as that release wrote it.
        await using (var db = Open()) await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        await using (var db = OpenFirstRelease())
        {
            Add(db, random, start, 0, Solutions / 2, Challenges / 2);
            await db.SaveChangesAsync();
        }
        await using (var db = Open())
        {
            await db.UpgradeSchemaAsync();
            Add(db, random, start, Solutions / 2, Solutions, Challenges / 2);
            await db.SaveChangesAsync();
        }
        await using (var db = Open())
        {
            var now = start.AddDays(400);
            foreach (var s in await db.Solutions.ToListAsync())
                switch (random.Next(20))
                {
                    case 0: s.Update(ListingTexts.Solution(random), now); break;
                    case 1: s.Withdraw(now); break;
                    case 2: db.Solutions.Remove(s); break;
                }
            foreach (var c in await db.Challenges.ToListAsync())
                switch (random.Next(20))
                {
                    case 0: c.Update(ListingTexts.Challenge(random), now); break;
                    case 1: c.Withdraw(now); break;
                    case 2: db.Challenges.Remove(c); break;
                }
            // A tombstone of a listing this city never saw: no text at all.
            var tombstone = new Solution();
            tombstone.ApplyTombstone(Guid.NewGuid(), "seoul", 3, now);
            db.Solutions.Add(tombstone);
            await db.SaveChangesAsync();
        }
    }

    // Times repeat (every 7th listing shares its neighbour's), so that order by owner and id decides too.
    private static void Add(CatalogDbContext db, Random random, DateTimeOffset start, int from, int to, int challenges)
    {
        for (var i = from; i < to; i++)
            db.Solutions.Add(Solution.Create(ListingTexts.City(random), ListingTexts.Solution(random), start.AddMinutes(i - i % 7)));
        for (var i = 0; i < challenges; i++)
            db.Challenges.Add(Challenge.Create(ListingTexts.City(random), ListingTexts.Challenge(random), start.AddMinutes(from + i - i % 5)));
    }

    public virtual Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
        return Task.CompletedTask;
    }
}

/// <summary>The same catalogue in a database of the test run's PostgreSQL server.</summary>
public sealed class PostgresGeneratedCatalogue : GeneratedCatalogue
{
    private readonly PostgresServer _server = PostgresServer.StartedAsync().GetAwaiter().GetResult();
    private readonly string _id = Guid.NewGuid().ToString("N")[..12];

    public override CatalogDbContext Open() => new PostgresCatalogDbContext(
        new DbContextOptionsBuilder<PostgresCatalogDbContext>().UseNpgsql(Connection).Options);

    protected override CatalogDbContext OpenFirstRelease() => new FirstReleaseContext(Options.UseNpgsql(Connection).Options);

    private string Connection => _server.NewDatabase("catalog-search", _id);

    public override async Task DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        _server.DropDatabases("catalog-search", _id);
        await base.DisposeAsync();
    }
}

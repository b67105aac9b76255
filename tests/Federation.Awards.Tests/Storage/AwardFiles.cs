using Microsoft.Data.Sqlite;

namespace Federation.Awards.Tests.Storage;

/// <summary>
/// One SQLite file per city in a temporary folder, as each city's node keeps its awards (and, as
/// <see cref="PostgresAwardFiles"/>, one PostgreSQL database per city).
/// </summary>
public class AwardFiles : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("awards-storage-").FullName;

    public string PathOf(string city) => Path.Combine(_root, $"{city}.db");

    /// <summary>A new context on the city's file, as each request or message gets.</summary>
    public AwardsDbContext Open(string city)
    {
        var db = Context(city);
        db.Database.Migrate();
        return db;
    }

    /// <summary>The settings of an awards service that keeps the city's awards here.</summary>
    public virtual Dictionary<string, string?> Settings(string city) => new() { ["ConnectionStrings:Awards"] = $"Data Source={PathOf(city)}" };

    protected virtual AwardsDbContext Context(string city) =>
        new(new DbContextOptionsBuilder<AwardsDbContext>().UseSqlite($"Data Source={PathOf(city)}").Options);

    /// <summary>Adds cycles, entries, judges or assignments to the city's file in one save.</summary>
    public async Task SaveAsync(string city, params object[] aggregates)
    {
        await using var db = Open(city);
        db.AddRange(aggregates);
        await db.SaveChangesAsync();
    }

    public async Task<T> LoadAsync<T>(string city, Guid id) where T : class
    {
        await using var db = Open(city);
        return await Find<T>(db, id);
    }

    /// <summary>Loads an aggregate in a new context, takes a step on it and saves.</summary>
    internal async Task<T> ChangeAsync<T>(string city, Guid id, Func<T, StepResult> step) where T : class
    {
        await using var db = Open(city);
        var found = await Find<T>(db, id);
        Tests.Domain.World.Ok(step(found));
        await db.SaveChangesAsync();
        return found;
    }

    /// <summary>The row version storage keeps for the aggregate.</summary>
    public async Task<long> VersionOfAsync<T>(string city, Guid id) where T : class
    {
        await using var db = Open(city);
        return db.Entry(await Find<T>(db, id)).Property<long>("RowVersion").CurrentValue;
    }

    /// <summary>The rows of a query on the city's file, as texts: every column, or the one given.</summary>
    public string[] Query(string city, string sql, int? column = null) => SqliteQuery.Rows(PathOf(city), sql, column);

    public static Task<T> Find<T>(AwardsDbContext db, Guid id) where T : class =>
        db.Set<T>().SingleAsync(x => EF.Property<Guid>(x, "Id") == id);

    public virtual void Dispose()
    {
        // Pooled connections keep the files open.
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

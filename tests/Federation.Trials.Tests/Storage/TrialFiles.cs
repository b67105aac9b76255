using Microsoft.Data.Sqlite;

namespace Federation.Trials.Tests.Storage;

/// <summary>
/// One SQLite file per city in a temporary folder, as each city's node keeps its trials (and, as
/// <see cref="PostgresTrialFiles"/>, one PostgreSQL database per city).
/// </summary>
public class TrialFiles : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("trials-storage-").FullName;

    public string PathOf(string city) => Path.Combine(_root, $"{city}.db");

    /// <summary>A new context on the city's file, as each request or message gets.</summary>
    public TrialsDbContext Open(string city)
    {
        var db = Context(city);
        db.Database.Migrate();
        return db;
    }

    /// <summary>The settings of a trials service that keeps the city's trials here.</summary>
    public virtual Dictionary<string, string?> Settings(string city) => new() { ["ConnectionStrings:Trials"] = $"Data Source={PathOf(city)}" };

    protected virtual TrialsDbContext Context(string city) =>
        new(new DbContextOptionsBuilder<TrialsDbContext>().UseSqlite($"Data Source={PathOf(city)}").Options);

    public async Task SaveAsync(string city, Trial trial)
    {
        await using var db = Open(city);
        db.Trials.Add(trial);
        await db.SaveChangesAsync();
    }

    public async Task<Trial> LoadAsync(string city, Guid id)
    {
        await using var db = Open(city);
        return await db.Trials.SingleAsync(t => t.Id == id);
    }

    /// <summary>Loads a trial in a new context, takes a step on it and saves.</summary>
    public async Task<Trial> ChangeAsync(string city, Guid id, Func<Trial, StepResult> step)
    {
        await using var db = Open(city);
        var trial = await db.Trials.SingleAsync(t => t.Id == id);
        Domain.Journey.Ok(step(trial));
        await db.SaveChangesAsync();
        return trial;
    }

    public virtual void Dispose()
    {
        // Pooled connections keep the files open.
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}

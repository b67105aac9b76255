using Federation.ServiceDefaults.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Federation.Testing;

/// <summary>
/// Databases made by the last release before migrations (61fc484, whose services made their schemas with
/// EnsureCreated), kept in each test project's <c>Fixtures</c> folder: what a node upgrading today holds.
/// </summary>
public static class PreviousRelease
{
    public const string Commit = "61fc484";

    /// <summary>Copies the fixture <paramref name="name"/> to where a service opens its file; the fixture itself stays as it was.</summary>
    public static void CopyTo(string name, string databaseFile)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(databaseFile)!);
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", name), databaseFile, overwrite: true);
    }

    /// <summary>
    /// Every table and index as SQLite states it, less EF's migrations bookkeeping: an upgraded file must equal a
    /// new node's, or the next migration would meet a schema it was not made for.
    /// </summary>
    public static string[] Schema(string databaseFile) => SqliteQuery.Rows(databaseFile,
        "SELECT name || ': ' || sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE '__EFMigrations%' ORDER BY name", 0);

    /// <summary>The schema of a new file that <paramref name="context"/>'s migrations make from nothing, beside <paramref name="nextTo"/>.</summary>
    public static async Task<string[]> NewSchemaAsync<TContext>(string nextTo, Func<DbContextOptions<TContext>, TContext> context)
        where TContext : DbContext
    {
        var file = Path.Combine(Path.GetDirectoryName(nextTo)!, $"new-{Path.GetFileName(nextTo)}");
        await using (var db = context(new DbContextOptionsBuilder<TContext>().UseSqlite($"Data Source={file}").Options))
            await db.UpgradeSchemaAsync();
        SqliteConnection.ClearAllPools();
        return Schema(file);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Federation.ServiceDefaults.Hosting;

public static class SchemaUpgrade
{
    /// <summary>
    /// Brings the service's database to its current schema by its migrations (<c>dotnet ef migrations add</c> in
    /// the service's project), whatever release made it: a new file, one of an earlier release, or this one.
    /// </summary>
    public static async Task UpgradeSchemaAsync(this DbContext db, CancellationToken ct = default)
    {
        await BaselineAsync(db, ct);
        await db.Database.MigrateAsync(ct);
        // WAL lets searches read while the relay and consumers write.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }

    /// <summary>
    /// Nodes of the releases before migrations (up to 61fc484) made their schema with EnsureCreated and kept no
    /// migrations history; each service's first migration is that release's schema, made from its model. A
    /// database with tables but no history is such a node's: its first migration is recorded as applied, so that
    /// only the later ones run (applying it would fail on tables that exist).
    /// </summary>
    private static async Task BaselineAsync(DbContext db, CancellationToken ct)
    {
        var history = db.GetService<IHistoryRepository>();
        if (await history.ExistsAsync(ct) || !await db.GetService<IRelationalDatabaseCreator>().HasTablesAsync(ct)) return;
        var first = db.Database.GetMigrations().First();
        var script = history.GetCreateIfNotExistsScript() + history.GetInsertScript(new HistoryRow(first, ProductInfo.GetVersion()));
        await db.Database.ExecuteSqlRawAsync(script, ct);
    }
}

using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Federation.ServiceDefaults.Hosting;

public static class SchemaUpgrade
{
    /// <summary>
    /// Brings the service's database to its current schema by its migrations (<c>dotnet ef migrations add</c> in
    /// the service's project), whatever release made it: a new file, one of an earlier release, or this one. On
    /// PostgreSQL, by its own migrations (its context's); MigrateAsync creates the database if it is missing.
    /// </summary>
    public static async Task UpgradeSchemaAsync(this DbContext db, CancellationToken ct = default)
    {
        // Only SQLite nodes are old enough to lack a history: PostgreSQL came after migrations.
        var sqlite = db.Database.IsSqlite();
        if (sqlite) await BaselineAsync(db, ct);
        await db.Database.MigrateAsync(ct);
        // WAL lets searches read while the relay and consumers write (PostgreSQL readers never wait on writers).
        if (sqlite) await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
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
        await RequireSchemaOfAsync(db, first, ct);
        var script = history.GetCreateIfNotExistsScript() + history.GetInsertScript(new HistoryRow(first, ProductInfo.GetVersion()));
        await db.Database.ExecuteSqlRawAsync(script, ct);
    }

    /// <summary>
    /// A file older than that release (or no service's at all) would be marked as holding a schema it lacks and
    /// fail at its first read, or a later migration: refuse it at start, naming what it lacks.
    /// </summary>
    private static async Task RequireSchemaOfAsync(DbContext db, string migrationId, CancellationToken ct)
    {
        var migrations = db.GetService<IMigrationsAssembly>();
        var migration = migrations.CreateMigration(migrations.Migrations[migrationId], db.Database.ProviderName!);
        var sql = db.GetService<ISqlGenerationHelper>();
        foreach (var table in migration.UpOperations.OfType<CreateTableOperation>())
        {
            // Columns named with their table: SQLite reads an unknown "Column" alone as a string, not an error.
            var name = sql.DelimitIdentifier(table.Name, table.Schema);
            var query = $"SELECT {string.Join(", ", table.Columns.Select(c => $"{name}.{sql.DelimitIdentifier(c.Name)}"))} FROM {name} WHERE 1 = 0";
            try { await db.Database.ExecuteSqlRawAsync(query, ct); }
            catch (DbException e)
            {
                throw new InvalidOperationException($"The {db.GetType().Name} database has tables but no migrations history, as " +
                    $"the releases before migrations left them, yet not the table {table.Name} as those releases made it ({e.Message}): it was made by " +
                    "an older release, which cannot be upgraded; move it aside to start on a new one.", e);
            }
        }
    }
}

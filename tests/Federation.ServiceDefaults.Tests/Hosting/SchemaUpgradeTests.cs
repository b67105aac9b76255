using Federation.ServiceDefaults.Hosting;
using Federation.ServiceDefaults.Tests.Mail;
using Microsoft.Data.Sqlite;

namespace Federation.ServiceDefaults.Tests.Hosting;

/// <summary>A service's file as the releases before migrations left it: tables made by EnsureCreated, no history.</summary>
public sealed class SchemaUpgradeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("schema-upgrade-").FullName;

    private InvitingDbContext Open() =>
        new(new DbContextOptionsBuilder<InvitingDbContext>().UseSqlite($"Data Source={Path.Combine(_folder, "node.db")}").Options);

    [Fact]
    public async Task A_file_of_the_release_before_migrations_is_baselined_and_keeps_its_rows()
    {
        await using (var old = Open())
        {
            await old.Database.EnsureCreatedAsync();
            old.Invitations.Add(new Invitation { Email = "lin@dot.taipei.test" });
            await old.SaveChangesAsync();
        }

        await using var db = Open();
        await db.UpgradeSchemaAsync();

        Assert.Equal("lin@dot.taipei.test", (await db.Invitations.SingleAsync()).Email);
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task A_file_older_than_the_first_migration_is_refused_naming_what_it_lacks()
    {
        await using var db = Open();
        await db.Database.EnsureCreatedAsync();
        // A release that had no e-mail on its invitations yet.
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE Invitations DROP COLUMN Email");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.UpgradeSchemaAsync());

        Assert.Contains("table Invitations", error.Message);
        Assert.Contains("no such column: Invitations.Email", error.Message);
        Assert.Empty(await db.Database.GetAppliedMigrationsAsync());
    }

    public void Dispose()
    {
        // Pooled connections keep the file open.
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Federation.ServiceDefaults.Hosting;

/// <summary>
/// The DbContext that <c>dotnet ef migrations add</c> compares with a service's migrations: the services take
/// their connection strings from the launcher's configuration, which the tool does not have, and a migration
/// is made from the model alone (no database is opened). One factory per context type, so per provider.
/// </summary>
public abstract class DesignTimeStorage<TDbContext>(StorageProvider provider = StorageProvider.Sqlite)
    : IDesignTimeDbContextFactory<TDbContext> where TDbContext : DbContext
{
    public TDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TDbContext>();
        if (provider == StorageProvider.Postgres) options.UseNpgsql("Host=127.0.0.1;Database=design-time");
        else options.UseSqlite("Data Source=design-time.db");
        return (TDbContext)Activator.CreateInstance(typeof(TDbContext), options.Options)!;
    }
}

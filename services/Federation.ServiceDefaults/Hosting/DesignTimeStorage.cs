using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Federation.ServiceDefaults.Hosting;

/// <summary>
/// The DbContext that <c>dotnet ef migrations add</c> compares with a service's migrations: the services take
/// their connection strings from the launcher's configuration, which the tool does not have, and a migration
/// is made from the model alone (no database is opened).
/// </summary>
public abstract class DesignTimeStorage<TDbContext> : IDesignTimeDbContextFactory<TDbContext> where TDbContext : DbContext
{
    public TDbContext CreateDbContext(string[] args) =>
        (TDbContext)Activator.CreateInstance(typeof(TDbContext),
            new DbContextOptionsBuilder<TDbContext>().UseSqlite("Data Source=design-time.db").Options)!;
}

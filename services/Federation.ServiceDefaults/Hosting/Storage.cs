using Federation.ServiceDefaults.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Federation.ServiceDefaults.Hosting;

public static class Storage
{
    /// <summary>
    /// The service's SQLite file (<c>ConnectionStrings:{name}</c>), created at start, with the outbox
    /// interceptor attached and a readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddSqliteStorage<TDbContext>(this IHostApplicationBuilder builder, string name)
        where TDbContext : DbContext, IFederatedDbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(name)
            ?? throw new InvalidOperationException($"ConnectionStrings:{name} is not set");
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);

        builder.Services.AddDbContext<TDbContext>((sp, o) => o.UseSqlite(connectionString)
            .AddInterceptors(sp.GetRequiredService<OutboxSaveChangesInterceptor>()));
        builder.Services.AddHostedService<DatabaseCreator<TDbContext>>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck<TDbContext>>("database", tags: ["ready"]);
        return builder;
    }

    /// <summary>
    /// SQLite cannot order or compare DateTimeOffset: store them as UTC ticks, sortable and exact
    /// (EF's binary converter drops precision, so a saved time would differ from the one sent).
    /// </summary>
    public static void StoreTimesAsIntegers(this ModelConfigurationBuilder conventions)
    {
        conventions.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        conventions.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }

    private sealed class UtcTicksConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, long>(
        time => time.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

    // Registered before the relay, so the schema exists before anything reads it.
    private sealed class DatabaseCreator<TDbContext>(IServiceScopeFactory scopes) : IHostedService
        where TDbContext : DbContext
    {
        public async Task StartAsync(CancellationToken ct)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            await db.Database.EnsureCreatedAsync(ct);
            // WAL lets searches read while the relay and consumers write.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }

    private sealed class DatabaseHealthCheck<TDbContext>(TDbContext db) : IHealthCheck where TDbContext : DbContext
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
            await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
    }
}

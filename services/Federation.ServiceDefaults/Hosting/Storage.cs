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
    /// The service's SQLite file (<c>ConnectionStrings:{name}</c>) with the outbox interceptor attached:
    /// for services that send messages to other cities.
    /// </summary>
    public static IHostApplicationBuilder AddSqliteStorage<TDbContext>(this IHostApplicationBuilder builder, string name)
        where TDbContext : DbContext, IFederatedDbContext =>
        builder.AddSqliteDatabase<TDbContext>(name,
            (options, services) => options.AddInterceptors(services.GetRequiredService<QueuedRowsInterceptor<OutboxMessage>>()));

    /// <summary>
    /// A SQLite file (<c>ConnectionStrings:{name}</c>): its folder created and its schema migrated at start, and a
    /// readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddSqliteDatabase<TDbContext>(this IHostApplicationBuilder builder, string name,
        Action<DbContextOptionsBuilder, IServiceProvider>? configure = null) where TDbContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(name)
            ?? throw new InvalidOperationException($"ConnectionStrings:{name} is not set");
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);

        builder.Services.AddDbContext<TDbContext>((sp, o) =>
        {
            o.UseSqlite(connectionString);
            configure?.Invoke(o, sp);
        });
        builder.Services.AddHostedService<DatabaseMigrator<TDbContext>>();
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

    /// <summary>
    /// SQLite has no decimal type and EF's default text pads a whole number to one place (10 reads back as
    /// 10.0): store a decimal as the text of its own digits, so a reported 12.50 stays 12.50 and 10 stays 10.
    /// </summary>
    public static void StoreDecimalsExactly(this ModelConfigurationBuilder conventions)
    {
        conventions.Properties<decimal>().HaveConversion<ExactDecimalConverter>();
        conventions.Properties<decimal?>().HaveConversion<ExactDecimalConverter>();
    }

    private sealed class ExactDecimalConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<decimal, string>(
        value => value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        text => decimal.Parse(text, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture));

    internal sealed class UtcTicksConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, long>(
        time => time.UtcTicks, ticks => new DateTimeOffset(ticks, TimeSpan.Zero));

    // Registered before the relay and any seeding, so the schema is current before anything reads it.
    private sealed class DatabaseMigrator<TDbContext>(IServiceScopeFactory scopes) : IHostedService
        where TDbContext : DbContext
    {
        public async Task StartAsync(CancellationToken ct)
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<TDbContext>().UpgradeSchemaAsync(ct);
        }

        public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
    }

    private sealed class DatabaseHealthCheck<TDbContext>(TDbContext db) : IHealthCheck where TDbContext : DbContext
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
            await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
    }
}

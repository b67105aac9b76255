using Federation.ServiceDefaults.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Federation.ServiceDefaults.Hosting;

public static class Storage
{
    /// <summary>
    /// The service's database (<c>ConnectionStrings:{name}</c>, see <see cref="AddDatabase{TDbContext, TPostgresDbContext}"/>)
    /// with the outbox interceptor attached: for services that send messages to other cities.
    /// </summary>
    public static IHostApplicationBuilder AddFederatedStorage<TDbContext, TPostgresDbContext>(this IHostApplicationBuilder builder, string name)
        where TDbContext : DbContext, IFederatedDbContext where TPostgresDbContext : TDbContext =>
        builder.AddDatabase<TDbContext, TPostgresDbContext>(name,
            (options, services) => options.AddInterceptors(services.GetRequiredService<QueuedRowsInterceptor<OutboxMessage>>()));

    /// <summary>
    /// The service's database (<c>ConnectionStrings:{name}</c>) on the provider of <c>Storage:Provider</c>: a SQLite
    /// file (its folder created) as <typeparamref name="TDbContext"/>, or a PostgreSQL database as
    /// <typeparamref name="TPostgresDbContext"/>, the same model with its own migrations (EF Core keeps one set
    /// of migrations per context type). Either is resolved as <typeparamref name="TDbContext"/>, its schema
    /// migrated at start, with a readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddDatabase<TDbContext, TPostgresDbContext>(this IHostApplicationBuilder builder, string name,
        Action<DbContextOptionsBuilder, IServiceProvider>? configure = null) where TDbContext : DbContext where TPostgresDbContext : TDbContext
    {
        var provider = StorageSettings.ProviderOf(builder.Configuration);
        var connectionString = StorageSettings.ConnectionString(builder.Configuration, name, provider);
        if (provider == StorageProvider.Postgres)
            builder.Services.AddDbContext<TDbContext, TPostgresDbContext>((sp, o) =>
            {
                o.UseNpgsql(connectionString);
                configure?.Invoke(o, sp);
            });
        else
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource));
            if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);
            builder.Services.AddDbContext<TDbContext>((sp, o) =>
            {
                o.UseSqlite(connectionString).AddInterceptors(SqliteWriterWait.Instance);
                configure?.Invoke(o, sp);
            });
        }
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

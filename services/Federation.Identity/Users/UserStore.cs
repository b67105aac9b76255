using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Federation.Identity.Users;

public static class UserStore
{
    public const int MaxFailedAttempts = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Users and roles in the node's SQLite file (<c>ConnectionStrings:{name}</c>), created at start
    /// with this city's roles (and the dev users, when a file names them), plus a readiness check.
    /// </summary>
    public static IHostApplicationBuilder AddUserStore(this IHostApplicationBuilder builder, string name)
    {
        // Not ServiceDefaults' AddSqliteStorage: that one wires the outbox, and this service publishes nothing.
        var connectionString = builder.Configuration.GetConnectionString(name)
            ?? throw new InvalidOperationException($"ConnectionStrings:{name} is not set");
        var folder = Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource));
        if (!string.IsNullOrEmpty(folder)) Directory.CreateDirectory(folder);

        builder.Services.AddDbContext<UserDbContext>(o => o.UseSqlite(connectionString));
        builder.Services.AddIdentityCore<CityUser>(o =>
            {
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
                o.Lockout.DefaultLockoutTimeSpan = LockoutTime;
                o.User.RequireUniqueEmail = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<UserDbContext>();
        builder.Services.AddScoped<CityUsers>();
        builder.Services.AddHostedService<UserStoreInitializer>();
        builder.Services.AddHealthChecks().AddCheck<UserDatabaseHealthCheck>("database", tags: ["ready"]);
        return builder;
    }

    private sealed class UserDatabaseHealthCheck(UserDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default) =>
            await db.Database.CanConnectAsync(ct) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("database unreachable");
    }
}

namespace Federation.Awards.Storage;

/// <summary>The awards on PostgreSQL (<c>Storage:Provider</c> postgres); its migrations are in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresAwardsDbContext(DbContextOptions<PostgresAwardsDbContext> options) : AwardsDbContext(options);

namespace Federation.Trials.Storage;

/// <summary>The trials on PostgreSQL (<c>Storage:Provider</c> postgres); its migrations are in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresTrialsDbContext(DbContextOptions<PostgresTrialsDbContext> options) : TrialsDbContext(options);

namespace Federation.Identity.Users;

/// <summary>The people, OpenID Connect tables and mail on PostgreSQL (<c>Storage:Provider</c> postgres); its migrations are in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresUserDbContext(DbContextOptions<PostgresUserDbContext> options) : UserDbContext(options);

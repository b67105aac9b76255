namespace Federation.Catalog;

/// <summary>The catalog on PostgreSQL (<c>Storage:Provider</c> postgres); its migrations are in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresCatalogDbContext(DbContextOptions<PostgresCatalogDbContext> options) : CatalogDbContext(options);

using Federation.ServiceDefaults.Hosting;

namespace Federation.Catalog;

/// <summary>Lets <c>dotnet ef</c> build the <see cref="CatalogDbContext"/> (see <see cref="DesignTimeStorage{TDbContext}"/>).</summary>
internal sealed class CatalogDesignTime : DesignTimeStorage<CatalogDbContext>;

/// <summary>The same on PostgreSQL: <c>dotnet ef migrations add NAME --context PostgresCatalogDbContext</c>.</summary>
internal sealed class PostgresCatalogDesignTime() : DesignTimeStorage<PostgresCatalogDbContext>(StorageProvider.Postgres);

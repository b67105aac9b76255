using Federation.ServiceDefaults.Hosting;

namespace Federation.Awards.Storage;

/// <summary>Lets <c>dotnet ef</c> build the <see cref="AwardsDbContext"/> (see <see cref="DesignTimeStorage{TDbContext}"/>).</summary>
internal sealed class AwardsDesignTime : DesignTimeStorage<AwardsDbContext>;

/// <summary>The same on PostgreSQL: <c>dotnet ef migrations add NAME --context PostgresAwardsDbContext</c>.</summary>
internal sealed class PostgresAwardsDesignTime() : DesignTimeStorage<PostgresAwardsDbContext>(StorageProvider.Postgres);

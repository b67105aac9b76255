using Federation.ServiceDefaults.Hosting;

namespace Federation.Identity.Users;

/// <summary>Lets <c>dotnet ef</c> build the <see cref="UserDbContext"/> (see <see cref="DesignTimeStorage{TDbContext}"/>).</summary>
internal sealed class UserDesignTime : DesignTimeStorage<UserDbContext>;

/// <summary>The same on PostgreSQL: <c>dotnet ef migrations add NAME --context PostgresUserDbContext</c>.</summary>
internal sealed class PostgresUserDesignTime() : DesignTimeStorage<PostgresUserDbContext>(StorageProvider.Postgres);

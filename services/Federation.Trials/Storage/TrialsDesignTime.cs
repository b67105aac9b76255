using Federation.ServiceDefaults.Hosting;

namespace Federation.Trials.Storage;

/// <summary>Lets <c>dotnet ef</c> build the <see cref="TrialsDbContext"/> (see <see cref="DesignTimeStorage{TDbContext}"/>).</summary>
internal sealed class TrialsDesignTime : DesignTimeStorage<TrialsDbContext>;

/// <summary>The same on PostgreSQL: <c>dotnet ef migrations add NAME --context PostgresTrialsDbContext</c>.</summary>
internal sealed class PostgresTrialsDesignTime() : DesignTimeStorage<PostgresTrialsDbContext>(StorageProvider.Postgres);

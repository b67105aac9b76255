using Federation.Topology;

namespace Federation.Launcher;

/// <summary>
/// Where the run command's services keep their data: SQLite files in each city's data folder (tye.yaml's
/// connection strings, the default), or with <c>FEDERATION_STORAGE=postgres</c> one private PostgreSQL server for
/// every city (<c>.data/postgres</c>), a database per city and service, as production nodes keep theirs.
/// </summary>
public static class LocalStorage
{
    public const string Variable = "FEDERATION_STORAGE";
    private const string ConnectionStrings = "ConnectionStrings__";

    /// <summary>Whether the variable asks for PostgreSQL; any value but sqlite or postgres stops the launcher before anything starts.</summary>
    public static bool OnPostgres() => Environment.GetEnvironmentVariable(Variable)?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => false,
        "postgres" => true,
        var other => throw new InvalidOperationException($"{Variable} must be sqlite (the default) or postgres, not '{other}'"),
    };

    /// <summary>A service's settings with every database it names moved to <paramref name="server"/> (<c>Storage:Provider</c> postgres).</summary>
    public static Dictionary<string, string> On(PostgresNode server, string city, IReadOnlyDictionary<string, string> env)
    {
        var moved = new Dictionary<string, string>(env);
        var databases = env.Keys.Where(key => key.StartsWith(ConnectionStrings, StringComparison.Ordinal)).ToList();
        if (databases.Count == 0) return moved; // the portal keeps no database
        moved["Storage__Provider"] = "postgres";
        foreach (var key in databases)
            moved[key] = server.ConnectionString($"{city}_{key[ConnectionStrings.Length..].ToLowerInvariant()}");
        return moved;
    }
}

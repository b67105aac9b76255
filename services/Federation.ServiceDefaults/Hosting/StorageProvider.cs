using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Npgsql;

namespace Federation.ServiceDefaults.Hosting;

/// <summary>
/// Where a node keeps its databases (<c>Storage:Provider</c>): <c>sqlite</c>, the embedded default of the local
/// federation, or <c>postgres</c>, the production store. One setting for all of a service's databases.
/// </summary>
public enum StorageProvider { Sqlite, Postgres }

public static class StorageSettings
{
    public const string ProviderKey = "Storage:Provider";

    /// <summary>The provider the configuration names; anything else stops the service, naming the setting.</summary>
    public static StorageProvider ProviderOf(IConfiguration configuration) => configuration[ProviderKey]?.Trim().ToLowerInvariant() switch
    {
        null or "" or "sqlite" => StorageProvider.Sqlite,
        "postgres" => StorageProvider.Postgres,
        var other => throw new InvalidOperationException($"{ProviderKey} must be 'sqlite' (the default) or 'postgres', not '{other}'"),
    };

    /// <summary>
    /// <c>ConnectionStrings:{name}</c>, read as the provider reads it, so that a string meant for the other one
    /// (a SQLite file given to a PostgreSQL node, say) stops the service at start rather than at its first query.
    /// </summary>
    public static string ConnectionString(IConfiguration configuration, string name, StorageProvider provider)
    {
        var key = $"ConnectionStrings:{name}";
        var value = configuration.GetConnectionString(name) ?? throw new InvalidOperationException($"{key} is not set");
        try
        {
            if (provider == StorageProvider.Sqlite)
            {
                if (string.IsNullOrEmpty(new SqliteConnectionStringBuilder(value).DataSource)) throw new ArgumentException("no Data Source");
            }
            else if (new NpgsqlConnectionStringBuilder(value) is { Host: null or "" } or { Database: null or "" })
                throw new ArgumentException("no Host or no Database");
        }
        catch (ArgumentException e)
        {
            throw new InvalidOperationException($"{key} is not a connection string of {ProviderKey} {provider.ToString().ToLowerInvariant()} ({e.Message})", e);
        }
        return value;
    }
}

using System.Diagnostics;
using System.Text.RegularExpressions;
using Federation.Topology;
using Npgsql;

namespace Federation.Testing;

/// <summary>
/// A private PostgreSQL 15 server (<see cref="PostgresNode"/>, throwaway: durability off) for one test process: started
/// on first use on a free 127.0.0.1 port, with its data and socket folders under the temp folder, and stopped
/// when the process ends. Tests never share a database: each names one of its own (<see cref="NewDatabase"/>).
/// </summary>
public sealed partial class PostgresServer
{
    // Started on the thread pool, so that a test that must block on it (a fixture's constructor) cannot deadlock.
    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => Task.Run(StartAsync));
    private readonly PostgresNode _node;

    private PostgresServer(PostgresNode node) => _node = node;

    /// <summary>The test process's server, started by the first caller.</summary>
    public static Task<PostgresServer> StartedAsync() => Shared.Value;

    /// <summary>
    /// The connection string of a database named from <paramref name="parts"/> (the test's folder, city and service,
    /// say: the same parts give the same database, so a restarted service finds its data). It does not exist yet:
    /// the service's migrations create it (CREATE DATABASE) as a new node's do.
    /// </summary>
    public string NewDatabase(params string[] parts) => ConnectionString(DatabaseName(parts));

    /// <summary>Drops the databases <see cref="NewDatabase"/> named from these parts and more, closing their connections.</summary>
    public void DropDatabases(params string[] parts)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var find = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", connection)
            { Parameters = { new() { Value = DatabaseName(parts) } } };
        var names = new List<string>();
        using (var reader = find.ExecuteReader())
            while (reader.Read()) names.Add(reader.GetString(0));
        foreach (var name in names)
        {
            using var drop = new NpgsqlCommand($"DROP DATABASE \"{name}\" WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }
    }

    private string ConnectionString(string database) => _node.ConnectionString(database);

    // PostgreSQL folds and cuts names at 63 bytes; a hash keeps long ones apart.
    private static string DatabaseName(string[] parts)
    {
        var name = "t_" + NotAName().Replace(string.Join('_', parts).ToLowerInvariant(), "_");
        return name.Length <= 63 ? name : $"{name[..50]}_{(uint)name.GetHashCode():x8}";
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotAName();

    private static async Task<PostgresServer> StartAsync()
    {
        // Under infra/test.sh's folder for the run (FEDERATION_TEST_POSTGRES_ROOT), which it clears at the end.
        var parent = Environment.GetEnvironmentVariable("FEDERATION_TEST_POSTGRES_ROOT") is { Length: > 0 } run ? run : Path.GetTempPath();
        var folder = Path.Combine(parent, $"federation-postgres-{Guid.NewGuid():N}"[..32]);
        var server = new PostgresServer(await PostgresNode.StartAsync(new PostgresNodeOptions(folder, FreePorts.Next(), Durable: false)));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    // Synchronous: the process is ending.
    private void Stop()
    {
        try
        {
            _node.StopAsync().GetAwaiter().GetResult();
            Directory.Delete(_node.Options.Folder, recursive: true);
        }
        catch (Exception e) // nothing is left to throw to as the process ends; infra/test.sh removes what remains
        {
            Trace.WriteLine($"The test PostgreSQL server in {_node.Options.Folder} did not stop cleanly: {e.Message}");
        }
    }
}

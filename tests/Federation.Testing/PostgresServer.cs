using System.Diagnostics;
using System.Text.RegularExpressions;
using Npgsql;

namespace Federation.Testing;

/// <summary>
/// A private PostgreSQL 15 server (Debian's binaries, which infra/test.sh installs) for one test process: started
/// on first use on a free 127.0.0.1 port, with its data and socket folders under the temp folder, and stopped
/// when the process ends. Tests never share a database: each names one of its own (<see cref="NewDatabase"/>).
/// </summary>
public sealed partial class PostgresServer
{
    private const string Binaries = "/usr/lib/postgresql/15/bin";
    // Started on the thread pool, so that a test that must block on it (a fixture's constructor) cannot deadlock.
    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => Task.Run(StartAsync));
    private readonly string _root;

    private PostgresServer(string root, int port)
    {
        _root = root;
        Port = port;
    }

    public int Port { get; }

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

    private string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database}";

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
        if (!File.Exists(Path.Combine(Binaries, "pg_ctl")))
            throw new InvalidOperationException($"No PostgreSQL 15 in {Binaries}: run the tests with infra/test.sh, which installs it from apt.");
        // Under infra/test.sh's folder for the run (FEDERATION_TEST_POSTGRES_ROOT), which it clears at the end.
        var parent = Environment.GetEnvironmentVariable("FEDERATION_TEST_POSTGRES_ROOT") is { Length: > 0 } run ? run : Path.GetTempPath();
        var root = Directory.CreateDirectory(Path.Combine(parent, $"federation-postgres-{Guid.NewGuid():N}"[..32])).FullName;
        var port = FreePorts.Next();
        // initdb and postgres refuse to run as root: the server is the postgres user's, in folders it owns.
        if (Environment.IsPrivilegedProcess)
        {
            await HostCommand.RunAsync("chmod", "700", root);
            await HostCommand.RunAsync("chown", "postgres", root);
        }
        await PgAsync("initdb", "-D", Data(root), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        Directory.CreateDirectory(Path.Combine(root, "socket"));
        if (Environment.IsPrivilegedProcess) await HostCommand.RunAsync("chown", "postgres", Path.Combine(root, "socket"));
        // A throwaway server: durability settings off (a crash loses a test's data, nothing else), and room for
        // three cities' services with their connection pools.
        await PgAsync("pg_ctl", "-D", Data(root), "-l", Path.Combine(root, "server.log"), "-w", "-o",
            $"-p {port} -c listen_addresses=127.0.0.1 -k {Path.Combine(root, "socket")} -c fsync=off -c synchronous_commit=off " +
            "-c full_page_writes=off -c max_connections=500", "start");
        var server = new PostgresServer(root, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    // Immediate: the data is thrown away, so a clean shutdown buys nothing. Synchronous: the process is ending.
    private void Stop()
    {
        try
        {
            PgAsync("pg_ctl", "-D", Data(_root), "-m", "immediate", "-w", "stop").GetAwaiter().GetResult();
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception e) // nothing is left to throw to as the process ends; infra/test.sh removes what remains
        {
            Trace.WriteLine($"The test PostgreSQL server in {_root} did not stop cleanly: {e.Message}");
        }
    }

    private static string Data(string root) => Path.Combine(root, "data");

    private static Task<string> PgAsync(string program, params string[] arguments) =>
        Environment.IsPrivilegedProcess
            ? HostCommand.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(Binaries, program), .. arguments])
            : HostCommand.RunAsync(Path.Combine(Binaries, program), arguments);
}

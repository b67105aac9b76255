namespace Federation.Topology;

/// <summary>Where and how a private PostgreSQL server runs.</summary>
/// <param name="Folder">Holds its data (<c>data/</c>, made by initdb on first start), socket and log; kept across restarts.</param>
/// <param name="Durable">Off for a test run's throwaway server: no fsync, so a crash may lose its data, and tests run faster.</param>
public sealed record PostgresNodeOptions(string Folder, int Port, bool Durable = true);

/// <summary>
/// A private PostgreSQL 15 server (Debian's binaries, which infra/prerequisites.sh installs) on 127.0.0.1 only,
/// trusting local connections as the postgres user: the run command's store with <c>FEDERATION_STORAGE=postgres</c>,
/// and the tests'. initdb and postgres refuse to run as root: as root, they run as the postgres user, in folders it owns.
/// </summary>
public sealed class PostgresNode : IAsyncDisposable
{
    private const string Binaries = "/usr/lib/postgresql/15/bin";

    private PostgresNode(PostgresNodeOptions options) => Options = options;

    public PostgresNodeOptions Options { get; }

    /// <summary>Npgsql's connection string of <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Options.Port};Username=postgres;Database={database}";

    public static async Task<PostgresNode> StartAsync(PostgresNodeOptions options)
    {
        if (!File.Exists(Path.Combine(Binaries, "pg_ctl")))
            throw new InvalidOperationException($"No PostgreSQL 15 in {Binaries}: infra/prerequisites.sh installs it from apt.");
        var socket = Path.Combine(options.Folder, "socket");
        Directory.CreateDirectory(socket);
        await OwnAsync(options.Folder);
        await OwnAsync(socket);
        var data = Path.Combine(options.Folder, "data");
        if (!File.Exists(Path.Combine(data, "PG_VERSION")))
            await PgAsync("initdb", "-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync");
        var settings = $"-p {options.Port} -c listen_addresses=127.0.0.1 -k {socket} -c max_connections=500" +
                       (options.Durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        await PgAsync("pg_ctl", "-D", data, "-l", Path.Combine(options.Folder, "server.log"), "-w", "-o", settings, "start");
        return new PostgresNode(options);
    }

    /// <summary>Stops the server: cleanly when it keeps its data, at once when it is a throwaway.</summary>
    public Task StopAsync() =>
        PgAsync("pg_ctl", "-D", Path.Combine(Options.Folder, "data"), "-m", Options.Durable ? "fast" : "immediate", "-w", "stop");

    public async ValueTask DisposeAsync() => await StopAsync();

    private static async Task OwnAsync(string folder)
    {
        if (!Environment.IsPrivilegedProcess) return;
        await HostCommand.RunAsync("chmod", "700", folder);
        await HostCommand.RunAsync("chown", "postgres", folder);
        // A folder above it closed to others (a repository under /root, say) would fail initdb with a vaguer message.
        try { await HostCommand.RunAsync("runuser", "-u", "postgres", "--", "test", "-w", folder); }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"The postgres user, which the server runs as, cannot reach {folder}: " +
                "every folder above it must be open to others (chmod o+x), or the data kept elsewhere.", e);
        }
    }

    // pg_ctl's server writes to its log file, not to the command's pipes, so reading them to the end does not wait for it.
    private static Task PgAsync(string program, params string[] arguments) =>
        Environment.IsPrivilegedProcess
            ? HostCommand.RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(Binaries, program), .. arguments])
            : HostCommand.RunAsync(Path.Combine(Binaries, program), arguments);
}

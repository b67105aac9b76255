using System.Diagnostics;
using System.Net.Sockets;
using Federation.Members;

namespace Federation.Topology;

/// <summary>A private RabbitMQ node for one member city, run from its own data folder.</summary>
public sealed partial class RabbitMqNode : IAsyncDisposable
{
    private const string BinDirectory = "/usr/lib/rabbitmq/bin";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly RabbitMqNodeOptions _options;
    private readonly Dictionary<string, string> _environment;
    private Process? _process;
    private bool _disposed;

    private RabbitMqNode(RabbitMqNodeOptions options)
    {
        _options = options;
        // The AMQP port in the name lets several test federations share one machine (and one epmd).
        NodeName = $"{options.Member.Id}-{options.Member.Broker.AmqpPort}@localhost";
        _environment = BuildEnvironment();
        Management = new BrokerManagement(ManagementUri, options.Member, options.Members, options.Secrets, options.Log);
    }

    public Member Member => _options.Member;
    private ProcessPlacement Placement => _options.Placement ?? ProcessPlacement.ThisHost;
    public string NodeName { get; }
    public string DataDirectory => _options.DataDirectory;
    public Uri ManagementUri => new($"http://{Member.Broker.Host}:{Member.Broker.ManagementPort}/");
    public BrokerManagement Management { get; }
    public bool IsRunning => _process is { HasExited: false };

    public static async Task<RabbitMqNode> StartAsync(RabbitMqNodeOptions options, CancellationToken ct)
    {
        var node = new RabbitMqNode(options);
        try
        {
            await node.StartAsync(ct);
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the node again after a stop or kill, on the same data folder.</summary>
    public async Task StartAsync(CancellationToken ct)
    {
        if (IsRunning) throw new InvalidOperationException($"{NodeName} is already running.");
        var broker = Member.Broker;
        _options.Tls.Validate(Member);
        foreach (var port in new[] { broker.AmqpPort, broker.AmqpsPort, broker.ManagementPort, broker.DistPort })
            if (await AcceptsAsync(port, ct))
                throw new InvalidOperationException(
                    $"Cannot start {NodeName}: something already listens on {broker.Host}:{port}. {StaleNodeHint()}");

        WriteFiles();
        var stopwatch = Stopwatch.StartNew();
        // setsid: the node gets its own session, so a Ctrl-C in the terminal reaches only us and we stop it cleanly.
        var start = Placement.StartInfo("setsid",
            "/bin/sh", "-c", "exec \"$0\" >>\"$1\" 2>&1 </dev/null", Path.Combine(BinDirectory, "rabbitmq-server"), ConsoleLogPath);
        foreach (var (name, value) in _environment) start.Environment[name] = value;
        _process?.Dispose();
        _process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {NodeName}.");
        _options.Log?.WriteLine($"[{Member.Id}] starting RabbitMQ node {NodeName} (amqp {broker.AmqpPort}, amqps {broker.AmqpsPort}, management {broker.ManagementPort})");

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(StartTimeout);
        try
        {
            while (!(await AcceptsAsync(broker.AmqpPort, timeout.Token) && await AcceptsAsync(broker.AmqpsPort, timeout.Token) &&
                     await Management.AnswersAsync(timeout.Token)))
            {
                if (_process.HasExited)
                    throw new InvalidOperationException($"{NodeName} exited with code {_process.ExitCode} while starting.\n{LogTail()}");
                await Task.Delay(250, timeout.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            await KillAsync();
            throw new TimeoutException($"{NodeName} did not answer on AMQP and management within {StartTimeout.TotalSeconds:0} s.\n{LogTail()}");
        }
        catch
        {
            await KillAsync(); // cancelled half-way: leave no orphan node behind
            throw;
        }
        _options.Log?.WriteLine($"[{Member.Id}] RabbitMQ node {NodeName} up in {stopwatch.Elapsed.TotalSeconds:0.0} s");
        await Management.RemoveStaleFederationLinksAsync(ct);
    }

    /// <summary>Stops the node cleanly (<c>rabbitmqctl stop</c>), keeping its data.</summary>
    public async Task StopAsync(CancellationToken ct)
    {
        if (!IsRunning) return;
        var stop = Placement.StartInfo(Path.Combine(BinDirectory, "rabbitmqctl"), "-n", NodeName, "stop");
        stop.RedirectStandardOutput = true;
        stop.RedirectStandardError = true;
        foreach (var (name, value) in _environment) stop.Environment[name] = value;
        using (var ctl = Process.Start(stop)!)
        {
            var output = ctl.StandardOutput.ReadToEndAsync(ct);
            var error = ctl.StandardError.ReadToEndAsync(ct);
            // rabbitmqctl has been seen to hang on a node that is shutting down: never wait on it forever.
            using var answer = CancellationTokenSource.CreateLinkedTokenSource(ct);
            answer.CancelAfter(TimeSpan.FromSeconds(30));
            try { await ctl.WaitForExitAsync(answer.Token); }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                ctl.Kill(entireProcessTree: true);
                _options.Log?.WriteLine($"[{Member.Id}] rabbitmqctl stop did not answer in 30 s: stopping {NodeName} by force");
                await KillAsync();
                return;
            }
            if (ctl.ExitCode != 0 && IsRunning)
                _options.Log?.WriteLine($"[{Member.Id}] rabbitmqctl stop failed ({ctl.ExitCode}): {await output}{await error}");
        }
        using var grace = CancellationTokenSource.CreateLinkedTokenSource(ct);
        grace.CancelAfter(TimeSpan.FromSeconds(30));
        try { await _process!.WaitForExitAsync(grace.Token); }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested) { await KillAsync(); }
        _options.Log?.WriteLine($"[{Member.Id}] RabbitMQ node {NodeName} stopped");
    }

    /// <summary>A hard crash: SIGKILL to the node's whole process group, no clean shutdown.</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        // setsid made our process the group leader; the Erlang VM is in its group.
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-9", "--", $"-{_process.Id}"]) { UseShellExecute = false }))
            await kill!.WaitForExitAsync();
        await _process.WaitForExitAsync();
        _options.Log?.WriteLine($"[{Member.Id}] RabbitMQ node {NodeName} killed");
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed) return;
        _disposed = true;
        try { await StopAsync(CancellationToken.None); }
        finally
        {
            await KillAsync();
            _process?.Dispose();
            _process = null;
            Management.Dispose();
        }
    }

    private async Task<bool> AcceptsAsync(int port, CancellationToken ct)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(Member.Broker.Host, port, ct);
            return true;
        }
        catch (SocketException) { return false; }
    }
}

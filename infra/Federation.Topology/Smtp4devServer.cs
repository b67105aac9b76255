using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Sockets;

namespace Federation.Topology;

/// <summary>Where and how an smtp4dev server runs.</summary>
/// <param name="RepositoryRoot">Holds .config/dotnet-tools.json, which pins smtp4dev's version (dotnet tool restore installs it).</param>
/// <param name="DataDirectory">smtp4dev's settings folder; with <paramref name="KeepMessages"/> its database too.</param>
/// <param name="KeepMessages">Keep the inbox in a file across restarts (the local federation), or in memory only (a test).</param>
/// <param name="Log">Receives smtp4dev's output lines (null: kept only for the error of a failed start).</param>
public sealed record Smtp4devOptions(string RepositoryRoot, string DataDirectory, int SmtpPort, int WebPort,
    bool KeepMessages = false, Action<string>? Log = null);

/// <summary>
/// A development SMTP server with a web inbox and an HTTP API (smtp4dev, the repository's local dotnet
/// tool), listening on 127.0.0.1 only and relaying nothing: mail sent to it stays in its inbox.
/// </summary>
public sealed class Smtp4devServer : IAsyncDisposable
{
    public const string Host = "127.0.0.1";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lastLines = new();

    private Smtp4devServer(Smtp4devOptions options, Process process)
    {
        Options = options;
        _process = process;
    }

    public Smtp4devOptions Options { get; }
    public int SmtpPort => Options.SmtpPort;

    /// <summary>The web inbox, and the root of its API (<c>api/messages</c>).</summary>
    public Uri InboxUri => new($"http://{Host}:{Options.WebPort}/");

    public static async Task<Smtp4devServer> StartAsync(Smtp4devOptions options, CancellationToken ct)
    {
        Directory.CreateDirectory(options.DataDirectory);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            // The tool manifest is found from the working folder up.
            WorkingDirectory = options.RepositoryRoot,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in Arguments(options)) start.ArgumentList.Add(argument);
        // A test host's or a service's own web settings must not move smtp4dev's web inbox.
        foreach (var name in new[] { "ASPNETCORE_URLS", "ASPNETCORE_HTTP_PORTS", "ASPNETCORE_HTTPS_PORTS", "DOTNET_URLS" })
            start.Environment.Remove(name);
        var process = new Process { StartInfo = start };
        var server = new Smtp4devServer(options, process);
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitReadyAsync(ct);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>smtp4dev's options as <c>--help</c> lists them: only 127.0.0.1, no IMAP or POP3, no relay, no user settings file.</summary>
    public static IEnumerable<string> Arguments(Smtp4devOptions options) =>
    [
        "tool", "run", "smtp4dev", "--",
        $"--baseappdatapath={options.DataDirectory}",
        "--nousersettings",
        $"--bindaddress={Host}",
        "--disableipv6",
        $"--smtpport={options.SmtpPort}",
        $"--urls=http://{Host}:{options.WebPort}",
        // Empty: in memory only.
        $"--db={(options.KeepMessages ? Path.Combine(options.DataDirectory, "smtp4dev.db") : "")}",
        "--imapport=",
        "--pop3port=",
        "--relaysmtpserver=",
    ];

    private void Keep(string? line)
    {
        if (line is null) return;
        Options.Log?.Invoke(line);
        _lastLines.Enqueue(line);
        while (_lastLines.Count > 30) _lastLines.TryDequeue(out _);
    }

    // Ready when the API answers and the SMTP port takes a connection: smtp4dev opens them one after the other.
    private async Task WaitReadyAsync(CancellationToken ct)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"smtp4dev exited with code {_process.ExitCode} (has `dotnet tool restore` run?):{Environment.NewLine}{string.Join(Environment.NewLine, _lastLines)}");
            try
            {
                using var response = await http.GetAsync(new Uri(InboxUri, "api/messages?pageSize=1"), ct);
                if (response.IsSuccessStatusCode && await SmtpAnswersAsync(ct)) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(200, ct);
        }
        throw new TimeoutException($"smtp4dev did not answer on {InboxUri} and SMTP port {SmtpPort} within {StartTimeout.TotalSeconds:0} s:{Environment.NewLine}{string.Join(Environment.NewLine, _lastLines)}");
    }

    private async Task<bool> SmtpAnswersAsync(CancellationToken ct)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync(Host, SmtpPort, ct);
            return true;
        }
        catch (SocketException) { return false; }
    }

    /// <summary>Stops smtp4dev and the tool runner that started it (killed: a kept inbox is a SQLite file, safe across a kill).</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        catch (InvalidOperationException) { } // never started
        _process.Dispose();
    }
}

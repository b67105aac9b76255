using System.Diagnostics;

namespace Federation.Launcher;

/// <summary>One project service of one city, run from its built dll with tye.yaml's environment.</summary>
public sealed class ServiceProcess(string city, TyeService service, string projectPath, int port, IReadOnlyDictionary<string, string> environment)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private Process? _process;
    private volatile bool _stopping;

    public string City => city;
    public string Name => service.Name;
    public Uri BaseUri { get; } = new($"http://127.0.0.1:{port}/");
    public bool HasExited => _process is { HasExited: true };

    /// <summary>services/X/X.csproj builds to services/X/bin/Release/net10.0/X.dll (run.sh builds it).</summary>
    public static string DllOf(string projectPath) => Path.Combine(Path.GetDirectoryName(projectPath)!, "bin", "Release", "net10.0",
        Path.GetFileNameWithoutExtension(projectPath) + ".dll");

    public string DllPath => DllOf(projectPath);

    public void Start()
    {
        // setsid: a Ctrl-C in the terminal reaches only the launcher, which then stops services before brokers.
        var start = new ProcessStartInfo("setsid")
        {
            ArgumentList = { "dotnet", DllPath },
            // As `dotnet run` does: content root (appsettings, static web assets) is the project folder.
            WorkingDirectory = Path.GetDirectoryName(projectPath)!,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) Output.Line(city, Name, e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Output.Line(city, Name, e.Data); };
        // A crashed service is reported and left down; the rest of the federation keeps running.
        _process.Exited += (_, _) =>
        {
            if (!_stopping) Output.Error($"!!! [{city}/{Name}] exited with code {_process.ExitCode}; the other services keep running.");
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    /// <summary>Polls the health path until it answers 200; false if the process dies or time runs out.</summary>
    public async Task<bool> WaitHealthyAsync(TimeSpan timeout, CancellationToken ct)
    {
        var deadline = Stopwatch.StartNew();
        var health = new Uri(BaseUri, service.Health ?? "/");
        while (deadline.Elapsed < timeout && !HasExited)
        {
            try
            {
                using var response = await Http.GetAsync(health, ct);
                if (response.IsSuccessStatusCode) return true;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested) { }
            await Task.Delay(500, ct);
        }
        return false;
    }

    /// <summary>SIGTERM for a graceful shutdown, then the whole process tree is killed after the grace period.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        _stopping = true;
        if (_process is null || _process.HasExited) return;
        using (var term = Process.Start(new ProcessStartInfo("kill", ["-TERM", _process.Id.ToString()]) { UseShellExecute = false }))
            await term!.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(grace);
        try { await _process.WaitForExitAsync(timeout.Token); }
        catch (OperationCanceledException)
        {
            Output.Error($"[{city}/{Name}] did not stop within {grace.TotalSeconds:0} s: killing it");
            _process.Kill(entireProcessTree: true);
        }
    }
}

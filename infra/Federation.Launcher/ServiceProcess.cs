using System.Diagnostics;
using Federation.Topology;

namespace Federation.Launcher;

/// <summary>One project service of one city, run from its built dll with tye.yaml's environment.</summary>
/// <param name="placement">Where it runs: this machine's own network (the run command), or a city host of a test.</param>
/// <param name="output">Where its console lines go (the launcher's console by default).</param>
public sealed class ServiceProcess(string city, TyeService service, string projectPath, int port, IReadOnlyDictionary<string, string> environment,
    ProcessPlacement? placement = null, Action<string, string, string>? output = null)
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly ProcessPlacement _placement = placement ?? ProcessPlacement.ThisHost;
    private readonly Action<string, string, string> _output = output ?? Output.Line;
    private Process? _process;
    private volatile bool _stopping;

    public string City => city;
    public string Name => service.Name;
    public Uri BaseUri => new($"http://{_placement.Address}:{port}/");
    public bool HasExited => _process is { HasExited: true };

    /// <summary>services/X/X.csproj builds to services/X/bin/Release/net10.0/X.dll (run.sh builds it).</summary>
    public static string DllOf(string projectPath) => Path.Combine(Path.GetDirectoryName(projectPath)!, "bin", "Release", "net10.0",
        Path.GetFileNameWithoutExtension(projectPath) + ".dll");

    public string DllPath => DllOf(projectPath);

    public void Start()
    {
        if (_process is { HasExited: false }) throw new InvalidOperationException($"{city}/{Name} is already running.");
        _stopping = false;
        // setsid: a Ctrl-C in the terminal reaches only the launcher, which then stops services before brokers.
        var start = _placement.StartInfo("setsid", "dotnet", DllPath);
        // As `dotnet run` does: content root (appsettings, static web assets) is the project folder.
        start.WorkingDirectory = Path.GetDirectoryName(projectPath)!;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["DOTNET_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        _process?.Dispose();
        var process = _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) _output(city, Name, e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _output(city, Name, e.Data); };
        // A crashed service is reported and left down; the rest of the federation keeps running.
        process.Exited += (_, _) =>
        {
            if (!_stopping) Output.Error($"!!! [{city}/{Name}] exited with code {process.ExitCode}; the other services keep running.");
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>A crash: SIGKILL to the service's whole process group, no shutdown of any kind (a fault test's kill -9).</summary>
    public async Task KillAsync()
    {
        if (_process is null || _process.HasExited) return;
        _stopping = true;
        // setsid made the service its group's leader, so the group's id is its pid.
        using (var kill = Process.Start(new ProcessStartInfo("kill", ["-9", "--", $"-{_process.Id}"]) { UseShellExecute = false }))
            await kill!.WaitForExitAsync();
        await _process.WaitForExitAsync();
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

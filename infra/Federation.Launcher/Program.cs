using System.Runtime.InteropServices;
using Federation.Launcher;

// Usage: Federation.Launcher [--root REPO] [--tye FILE]   (run.sh builds first and passes the repo root)
//        Federation.Launcher broker-config --city ID --out DIR ...   (one city's broker files for a host of its own)
var root = Path.GetFullPath(Option("--root") ?? Directory.GetCurrentDirectory());
if (BrokerConfigCommand.IsInvoked(args))
{
    try
    {
        var options = args.Skip(1).Chunk(2).Where(p => p.Length == 2 && p[0].StartsWith("--", StringComparison.Ordinal))
            .ToDictionary(p => p[0][2..], p => p[1]);
        foreach (var line in BrokerConfigCommand.Run(root, options)) Output.Info(line);
        return 0;
    }
    catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException or UnauthorizedAccessException)
    {
        Output.Error(e.Message);
        return 2;
    }
}
var tyePath = Path.GetFullPath(Option("--tye") ?? Path.Combine(root, "tye.yaml"), root);

using var shutdown = new CancellationTokenSource();
void RequestShutdown(PosixSignalContext context)
{
    context.Cancel = true; // we exit ourselves, after stopping everything cleanly
    if (!shutdown.IsCancellationRequested) Output.Info($"{context.Signal} received: stopping the federation...");
    shutdown.Cancel();
}
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestShutdown);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestShutdown);

await using var federation = new LocalFederation(root, TyeFile.Load(tyePath));
try
{
    await federation.StartAsync(shutdown.Token);
    federation.PrintSummary();
    Output.Info("The federation is running. Press Ctrl-C to stop it.");
    await Task.Delay(Timeout.Infinite, shutdown.Token);
}
catch (OperationCanceledException) when (shutdown.IsCancellationRequested) { }
catch (Exception e) when (e is not OperationCanceledException)
{
    Output.Error($"Could not start the federation: {e.Message}");
    await federation.StopAsync();
    return 1;
}
await federation.StopAsync();
return 0;

string? Option(string name)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
}

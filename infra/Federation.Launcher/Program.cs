using System.Runtime.InteropServices;
using Federation.Launcher;

// Usage: Federation.Launcher [--root REPO] [--tye FILE]   (run.sh builds first and passes the repo root)
var root = Path.GetFullPath(Option("--root") ?? Directory.GetCurrentDirectory());
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

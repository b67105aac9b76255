using System.Diagnostics;

namespace Federation.Topology;

/// <summary>
/// A command of the machine (pg_ctl, podman, nsenter, ip), run to its end; a failure throws with what it printed.
/// Its output is read to the end: a command that leaves a server behind (pg_ctl start) must not hand it these pipes.
/// </summary>
public static class HostCommand
{
    public static async Task<string> RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {await error}{await output}");
        return (await output).Trim();
    }
}

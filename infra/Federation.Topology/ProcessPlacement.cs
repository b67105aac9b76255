using System.Diagnostics;

namespace Federation.Topology;

/// <summary>
/// Where a city's processes run: on this machine's own network (the run command, a production host), or in a
/// network namespace of their own, the city's host in a test of cities on separate hosts.
/// </summary>
/// <param name="NetworkNamespace">The namespace's name for <c>ip netns exec</c>; null: this machine's network.</param>
/// <param name="Address">The address others reach the city's services by.</param>
public sealed record ProcessPlacement(string? NetworkNamespace, string Address)
{
    public static ProcessPlacement ThisHost { get; } = new(null, "127.0.0.1");

    /// <summary>How to start <paramref name="file"/> there: as is, or through <c>ip netns exec</c>.</summary>
    public ProcessStartInfo StartInfo(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(NetworkNamespace is null ? file : "ip") { UseShellExecute = false };
        if (NetworkNamespace is not null)
            foreach (var part in new[] { "netns", "exec", NetworkNamespace, file }) start.ArgumentList.Add(part);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        return start;
    }
}

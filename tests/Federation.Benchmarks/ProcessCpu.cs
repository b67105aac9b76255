using System.Diagnostics;

namespace Federation.Benchmarks;

/// <summary>
/// CPU time this process spent since <see cref="Start"/>, on every core: the services and buses the benchmarks host run
/// here, so it is their cost (the brokers run in processes of their own and are not counted).
/// </summary>
public readonly record struct ProcessCpu(TimeSpan At)
{
    public static ProcessCpu Start() => new(Used());

    public double MillisecondsPer(int items) => (Used() - At).TotalMilliseconds / items;

    private static TimeSpan Used()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}

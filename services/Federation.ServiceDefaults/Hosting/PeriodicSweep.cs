using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Federation.ServiceDefaults.Hosting;

/// <summary>
/// Work a service does on its clock (<see cref="TimeProvider"/>): at start, then every <see cref="Interval"/>. Each step
/// runs on its own: one that fails (a busy database, a concurrent step) is logged and tried again at the next sweep,
/// without holding back the others.
/// </summary>
public abstract class PeriodicSweep(TimeProvider time, ILogger log) : BackgroundService
{
    /// <summary>The service's clock, which the steps read too.</summary>
    protected TimeProvider Clock { get; } = time;

    protected abstract TimeSpan Interval { get; }

    /// <summary>The sweep's steps, each named as its failure is logged.</summary>
    protected abstract IReadOnlyList<(string What, Func<CancellationToken, Task> Step)> Steps { get; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            foreach (var (what, step) in Steps)
                try { await step(stoppingToken); }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "{What} failed; retrying at the next sweep", what);
                }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

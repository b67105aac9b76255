using Federation.Trials.Features.Notifications;
using Microsoft.Extensions.Options;

namespace Federation.Trials.Features.Running;

/// <summary>
/// The trials' clock: moves accepted trials to running once their agreed start date has come (both copies hold the
/// agreement, so each city's sweep starts its own copy and no message is needed), and sends the screening deadline
/// notices that are due (<see cref="ScreeningDeadlines"/>).
/// </summary>
public sealed class StartSweep(IServiceScopeFactory scopes, TimeProvider time, IOptions<TrialsOptions> options, ILogger<StartSweep> log)
    : PeriodicSweep(time, log)
{
    protected override TimeSpan Interval => options.Value.StartSweepInterval;

    protected override IReadOnlyList<(string What, Func<CancellationToken, Task> Step)> Steps =>
    [
        ("Starting due trials", StartDueAsync),
        ("Sending due screening deadline notices", NotifyDeadlinesAsync),
    ];

    private async Task NotifyDeadlinesAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ScreeningDeadlines>().NotifyDueAsync(ct);
    }

    public async Task<int> StartDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TrialsDbContext>();
        var now = Clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var accepted = await db.Trials.Where(t => t.Status == TrialStatus.Accepted).ToListAsync(ct);
        var started = accepted.Count(t => t.Agreement!.StartDate <= today && t.Start(now).Kind == StepKind.Ok);
        if (started > 0) await db.SaveChangesAsync(ct);
        return started;
    }
}

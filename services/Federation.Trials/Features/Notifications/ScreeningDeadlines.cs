using Microsoft.Extensions.Options;

namespace Federation.Trials.Features.Notifications;

/// <summary>
/// Tells the host city's agencies, through its identity service, when an application's screening deadline is a week
/// away and when it has passed undecided. Run by the trials' sweep on the service's clock.
/// </summary>
public sealed class ScreeningDeadlines(TrialsDbContext db, TimeProvider time, IOptions<TrialsOptions> options)
{
    /// <returns>How many notices were queued.</returns>
    public async Task<int> NotifyDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var warning = options.Value.ScreeningWarning;
        var horizon = now + warning;
        var undecided = await db.Trials.Where(t => t.Copy == TrialSide.Host && t.Status == TrialStatus.Screening
            && t.ScreeningDeadline <= horizon && t.ScreeningNotice != ScreeningNotice.Passed).ToListAsync(ct);
        var sent = 0;
        foreach (var trial in undecided)
        {
            if (trial.DeadlineNoticeDue(now, warning) is not { } notice) continue;
            trial.Noticed(notice);
            db.NotifyDeadline(trial, passed: notice == ScreeningNotice.Passed, now);
            sent++;
        }
        if (sent > 0) await db.SaveChangesAsync(ct);
        return sent;
    }
}

using Federation.Contracts.Notifications;
using Federation.ServiceDefaults.Notifications;

namespace Federation.Awards.Features.Notifications;

/// <summary>
/// Reminds a judge, through their city's identity service, when the judging window closes within <see cref="Ahead"/> and
/// entries of their assignment are still unscored. Runs in the judge's city, on its copy of each assignment.
/// </summary>
public sealed class JudgingReminders(IServiceScopeFactory scopes, TimeProvider time, ThisCity city, ILogger<JudgingReminders> log)
    : PeriodicSweep(time, log)
{
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(2);

    // Identity tells a person once per request id whatever is sent again (after a restart, say): this only spares
    // the outbox a notice a minute while the window closes.
    private readonly HashSet<Guid> _reminded = [];

    protected override TimeSpan Interval => TimeSpan.FromMinutes(1);

    protected override IReadOnlyList<(string What, Func<CancellationToken, Task> Step)> Steps => [("Reminding judges of the judging window", RemindAsync)];

    /// <returns>How many judges were reminded.</returns>
    public async Task<int> RemindAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AwardsDbContext>();
        var now = Clock.GetUtcNow();
        // A city holds a few assignments a cycle (one a judge): read in whole, filtered here.
        var held = await db.Assignments.Where(a => a.HeldAt == city.Id && a.JudgeCity == city.Id).ToListAsync(ct);
        var due = held.Where(a => a.Judging.Closes > now && a.Judging.Closes <= now + Ahead && Unscored(a) > 0 && !_reminded.Contains(a.Id)).ToList();
        foreach (var a in due)
            db.Notify(city.Id, Notices.IdOf(NotificationKinds.JudgingClosing, a.Id, a.Judging.Closes.ToString("O")), NotificationKinds.JudgingClosing,
                new NotificationAudience(UserId: a.JudgeUserId),
                new Dictionary<string, string>(Notices.Localized("cycle", new Dictionary<string, string> { ["en"] = a.CycleName }))
                {
                    ["deadline"] = a.Judging.Closes.ToString("O"),
                },
                "/awards/assignments", now);
        if (due.Count > 0) await db.SaveChangesAsync(ct);
        foreach (var a in due) _reminded.Add(a.Id);
        return due.Count;
    }

    /// <summary>Entries the judge has given no sheet for and is not recused from.</summary>
    private static int Unscored(Assignment a) =>
        a.Entries.Count(e => a.Sheets.All(s => s.EntryId != e.EntryId) && !a.Conflicts.Any(c => c.EntryId == e.EntryId && c.Recused));
}

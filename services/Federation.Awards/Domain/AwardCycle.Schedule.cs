namespace Federation.Awards.Domain;

/// <summary>A cycle's windows after the secretariat moved them: what it broadcasts to every city.</summary>
public sealed record CycleSchedule(Guid CycleId, string SecretariatCity, Window Nomination, Window Judging, DateTimeOffset At);

// The secretariat moves the windows (a late call, judging extended). History is not rewritten: a window
// that has closed stays closed and a judging window that has opened keeps its opening.
public sealed partial class AwardCycle
{
    public AwardResult Reschedule(Actor by, DateTimeOffset? nominationCloses, DateTimeOffset? judgingOpens, DateTimeOffset? judgingCloses, DateTimeOffset now)
    {
        var nomination = Nomination with { Closes = nominationCloses ?? Nomination.Closes };
        var judging = new Window(judgingOpens ?? Judging.Opens, judgingCloses ?? Judging.Closes);
        var check = BySecretariat(by).Then(NotPublished)
            .Then(() => Nomination.HasClosedAt(now) && nomination != Nomination
                ? AwardResult.Conflict($"Nominations closed at {Nomination.Closes:O}; the window stays closed.") : AwardResult.Ok)
            .Then(() => Judging.HasClosedAt(now) && judging != Judging
                ? AwardResult.Conflict($"Judging closed at {Judging.Closes:O}; the window stays closed.") : AwardResult.Ok)
            .Then(() => now >= Judging.Opens && judging.Opens != Judging.Opens
                ? AwardResult.Conflict($"Judging opened at {Judging.Opens:O}; its opening stays.") : AwardResult.Ok)
            .Then(() => CheckWindows(nomination, judging))
            .Then(() => (nomination, judging) == (Nomination, Judging) ? AwardResult.Unchanged : AwardResult.Ok);
        if (check.Kind != AwardResultKind.Ok) return check;
        (Nomination, Judging, UpdatedAt) = (nomination, judging, now);
        return check;
    }

    /// <summary>What the secretariat broadcasts after moving the windows.</summary>
    public CycleSchedule Schedule() => new(Id, SecretariatCity, Nomination, Judging, UpdatedAt);

    /// <summary>Another city's copy hears new windows; an older schedule arriving late changes nothing.</summary>
    public AwardResult ApplySchedule(CycleSchedule schedule)
    {
        if ((schedule.CycleId, schedule.SecretariatCity) != (Id, SecretariatCity))
            return AwardResult.Forbidden($"The schedule is of cycle {schedule.CycleId} of {schedule.SecretariatCity}, not this one.");
        if (IsSecretariatCopy) return AwardResult.Forbidden($"Only {SecretariatCity}'s secretariat moves this cycle's windows, on this very copy.");
        if (schedule.At <= UpdatedAt) return AwardResult.Unchanged;
        var check = CheckWindows(schedule.Nomination, schedule.Judging);
        if (!check.Succeeded) return check;
        (Nomination, Judging, UpdatedAt) = (schedule.Nomination, schedule.Judging, schedule.At);
        return check;
    }

    private static AwardResult CheckWindows(Window nomination, Window judging) =>
        nomination.Opens >= nomination.Closes ? AwardResult.Invalid("nominationCloses", "Nominations close after they open.")
        : judging.Opens < nomination.Closes ? AwardResult.Invalid("judgingOpens", "Judging opens once nominations have closed.")
        : judging.Opens >= judging.Closes ? AwardResult.Invalid("judgingCloses", "Judging closes after it opens.")
        : AwardResult.Ok;
}

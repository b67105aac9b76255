namespace Federation.Awards.Domain;

/// <summary>A cycle's windows after the secretariat moved them: what it broadcasts to every city.</summary>
public sealed record CycleSchedule(Guid CycleId, string SecretariatCity, Window Nomination, Window Judging, DateTimeOffset At);

// The secretariat moves the windows (a late call, judging extended). History is not rewritten: a window
// that has closed stays closed and a judging window that has opened keeps its opening.
public sealed partial class AwardCycle
{
    public StepResult Reschedule(Actor by, DateTimeOffset? nominationCloses, DateTimeOffset? judgingOpens, DateTimeOffset? judgingCloses, DateTimeOffset now)
    {
        var nomination = Nomination with { Closes = nominationCloses ?? Nomination.Closes };
        var judging = new Window(judgingOpens ?? Judging.Opens, judgingCloses ?? Judging.Closes);
        var check = BySecretariat(by).Then(NotPublished)
            .Then(() => Nomination.HasClosedAt(now) && nomination != Nomination
                ? StepResult.Conflict($"Nominations closed at {Nomination.Closes:O}; the window stays closed.") : StepResult.Ok)
            .Then(() => Judging.HasClosedAt(now) && judging != Judging
                ? StepResult.Conflict($"Judging closed at {Judging.Closes:O}; the window stays closed.") : StepResult.Ok)
            .Then(() => now >= Judging.Opens && judging.Opens != Judging.Opens
                ? StepResult.Conflict($"Judging opened at {Judging.Opens:O}; its opening stays.") : StepResult.Ok)
            .Then(() => CheckWindows(nomination, judging))
            .Then(() => (nomination, judging) == (Nomination, Judging) ? StepResult.Unchanged : StepResult.Ok);
        if (check.Kind != StepKind.Ok) return check;
        (Nomination, Judging, UpdatedAt) = (nomination, judging, now);
        return check;
    }

    /// <summary>What the secretariat broadcasts after moving the windows.</summary>
    public CycleSchedule Schedule() => new(Id, SecretariatCity, Nomination, Judging, UpdatedAt);

    /// <summary>Another city's copy hears new windows; an older schedule arriving late changes nothing.</summary>
    public StepResult ApplySchedule(CycleSchedule schedule)
    {
        if ((schedule.CycleId, schedule.SecretariatCity) != (Id, SecretariatCity))
            return StepResult.Forbidden($"The schedule is of cycle {schedule.CycleId} of {schedule.SecretariatCity}, not this one.");
        if (IsSecretariatCopy) return StepResult.Forbidden($"Only {SecretariatCity}'s secretariat moves this cycle's windows, on this very copy.");
        if (schedule.At <= UpdatedAt) return StepResult.Unchanged;
        var check = CheckWindows(schedule.Nomination, schedule.Judging);
        if (!check.Succeeded) return check;
        (Nomination, Judging, UpdatedAt) = (schedule.Nomination, schedule.Judging, schedule.At);
        return check;
    }

    private static StepResult CheckWindows(Window nomination, Window judging) =>
        nomination.Opens >= nomination.Closes ? StepResult.Invalid("nominationCloses", "Nominations close after they open.", new(FieldCodes.BeforeStart))
        : judging.Opens < nomination.Closes ? StepResult.Invalid("judgingOpens", "Judging opens once nominations have closed.", new(FieldCodes.BeforeStart))
        : judging.Opens >= judging.Closes ? StepResult.Invalid("judgingCloses", "Judging closes after it opens.", new(FieldCodes.BeforeStart))
        : StepResult.Ok;
}

namespace Federation.Awards.Tests.Domain;

public sealed class RescheduleTests
{
    [Fact]
    public void The_secretariat_closes_nominations_and_opens_judging_now()
    {
        var w = new World();

        World.Ok(w.Cycle.Reschedule(Cast.Secretariat, DuringNominations, DuringNominations, JudgingCloses, DuringNominations));

        Assert.Equal(new Window(NominationOpens, DuringNominations), w.Cycle.Nomination);
        Assert.Equal(new Window(DuringNominations, JudgingCloses), w.Cycle.Judging);
        Assert.Equal(CycleStatus.Judging, w.Cycle.StatusAt(DuringNominations));
    }

    [Fact]
    public void Only_the_secretariat_on_its_own_copy_moves_the_windows()
    {
        var w = new World();

        Assert.Equal(StepKind.Forbidden, w.Cycle.Reschedule(Cast.TaipeiAgency, Assigning, null, null, Opened).Kind);
        Assert.Equal(StepKind.Forbidden, w.CycleAt(Cast.Seoul).Reschedule(Cast.SeoulWithSecretariatRole, Assigning, null, null, Opened).Kind);
        Assert.Equal(NominationCloses, w.Cycle.Nomination.Closes);
    }

    [Fact]
    public void Windows_stay_ordered()
    {
        var w = new World();

        var result = w.Cycle.Reschedule(Cast.Secretariat, JudgingOpens.AddDays(1), null, null, Opened);

        Assert.Equal((StepKind.Invalid, "judgingOpens"), (result.Kind, result.Field));
        Assert.Equal("judgingCloses", w.Cycle.Reschedule(Cast.Secretariat, null, null, JudgingOpens, Opened).Field);
        Assert.Equal("nominationCloses", w.Cycle.Reschedule(Cast.Secretariat, NominationOpens, null, null, Opened).Field);
    }

    [Fact]
    public void A_closed_window_stays_closed()
    {
        var w = new World();

        Assert.Equal(StepKind.Conflict, w.Cycle.Reschedule(Cast.Secretariat, Assigning.AddDays(1), null, null, Assigning).Kind);
        Assert.Equal(StepKind.Conflict, w.Cycle.Reschedule(Cast.Secretariat, null, null, AfterJudging.AddDays(5), AfterJudging).Kind);
        Assert.Equal(StepKind.Conflict, w.Cycle.Reschedule(Cast.Secretariat, null, DuringJudging, null, DuringJudging).Kind);
        World.Ok(w.Cycle.Reschedule(Cast.Secretariat, null, null, AfterJudging, DuringJudging));
    }

    [Fact]
    public void A_published_cycle_is_not_rescheduled()
    {
        var f = Finale.Published();

        Assert.Equal(StepKind.Conflict, f.Cycle.Reschedule(Cast.Secretariat, null, null, AfterJudging.AddDays(30), AfterJudging.AddDays(1)).Kind);
    }

    [Fact]
    public void The_same_windows_again_change_nothing()
    {
        var w = new World();

        Assert.Equal(StepKind.Unchanged, w.Cycle.Reschedule(Cast.Secretariat, NominationCloses, JudgingOpens, JudgingCloses, Opened).Kind);
    }

    [Fact]
    public void Another_city_follows_the_schedule_once_and_ignores_an_older_one()
    {
        var w = new World();
        World.Ok(w.Cycle.Reschedule(Cast.Secretariat, Assigning, null, null, Opened.AddDays(1)));
        var first = w.Cycle.Schedule();
        World.Ok(w.Cycle.Reschedule(Cast.Secretariat, Assigning.AddDays(2), null, null, Opened.AddDays(2)));
        var second = w.Cycle.Schedule();
        var seoul = w.CycleAt(Cast.Seoul);

        World.Ok(seoul.ApplySchedule(second));

        Assert.Equal(StepKind.Unchanged, seoul.ApplySchedule(second).Kind);
        Assert.Equal(StepKind.Unchanged, seoul.ApplySchedule(first).Kind);
        Assert.Equal(Assigning.AddDays(2), seoul.Nomination.Closes);
        Assert.Equal(StepKind.Forbidden, w.Cycle.ApplySchedule(second).Kind);
        Assert.Equal(StepKind.Forbidden, w.CycleAt(Cast.NewTaipei).ApplySchedule(second with { CycleId = Guid.NewGuid() }).Kind);
    }

    [Fact]
    public void The_secretariat_s_assignment_follows_the_new_judging_window_as_a_new_version()
    {
        var w = new World();
        var judge = World.Enrol(Cast.SeoulJudge);
        World.Ok(Assignment.Create(Cast.Secretariat, w.Cycle, judge.AtSecretariat, [], Assigning, out var assignment));
        var window = new Window(JudgingOpens, AfterJudging);

        World.Ok(assignment!.ApplyJudgingWindow(window, Assigning));

        Assert.Equal(window, assignment.Judging);
        Assert.Equal(2, assignment.Version);
        Assert.Equal(window, assignment.Snapshot().Judging);
        Assert.Equal(StepKind.Unchanged, assignment.ApplyJudgingWindow(window, Assigning).Kind);
    }

    [Fact]
    public void The_judge_s_copy_follows_the_window_and_a_late_older_snapshot_does_not_undo_it()
    {
        var w = new World();
        var (assigned, _) = w.SeoulJudgeOnNewTaipeiEntry();
        var old = assigned.AtSecretariat.Snapshot();
        var window = new Window(JudgingOpens, AfterJudging);
        World.Ok(assigned.AtSecretariat.ApplyJudgingWindow(window, Assigning));

        World.Ok(assigned.AtJudge.ApplyJudgingWindow(window, Assigning));
        World.Ok(assigned.AtJudge.ApplyAssignment(assigned.AtSecretariat.Snapshot()));

        Assert.Equal(StepKind.Unchanged, assigned.AtJudge.ApplyAssignment(old).Kind);
        Assert.Equal((window, 2L), (assigned.AtJudge.Judging, assigned.AtJudge.Version));
    }
}

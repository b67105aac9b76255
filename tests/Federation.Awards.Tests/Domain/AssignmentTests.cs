namespace Federation.Awards.Tests.Domain;

public sealed class AssignmentTests
{
    [Fact]
    public void The_judges_city_receives_the_assignment_whole()
    {
        var w = new World();
        var entry = w.Nominate(Cast.NewTaipei);

        var judge = w.Assign(Cast.SeoulJudge, entry, w.Nominate(Cast.Taipei));

        var seen = judge.AtJudge;
        Assert.Equal((Cast.Seoul, Cast.Taipei, 1L), (seen.HeldAt, seen.SecretariatCity, seen.Version));
        Assert.Equal([Cast.NewTaipei, Cast.Taipei], seen.Entries.Select(e => e.City));
        Assert.Equal(entry.Home.SolutionTitle["en"], seen.Entries[0].SolutionTitle["en"]);
        Assert.Equal(Criterion.Defaults, seen.Criteria);
        Assert.Equal(new Window(JudgingOpens, JudgingCloses), seen.Judging);
    }

    [Fact]
    public void A_judge_is_never_put_on_the_panel_with_an_entry_from_their_own_city()
    {
        var w = new World();
        var seoulEntry = w.Nominate(Cast.Seoul);

        var result = Assignment.Create(Cast.Secretariat, w.Cycle, World.Enrol(Cast.SeoulJudge).AtSecretariat, [seoulEntry.AtSecretariat], Assigning, out var made);

        Assert.Equal(("entryIds", StepKind.Invalid), (result.Field, result.Kind));
        Assert.Null(made);
    }

    [Fact]
    public void A_judge_is_never_given_an_entry_from_their_own_city_later()
    {
        var w = new World();
        var (judge, _) = w.SeoulJudgeOnNewTaipeiEntry();

        var result = judge.AtSecretariat.AssignEntries(Cast.Secretariat, w.Cycle, [w.Nominate(Cast.Taipei).AtSecretariat, w.Nominate(Cast.Seoul).AtSecretariat], Assigning);

        Assert.Equal(("entryIds", StepKind.Invalid), (result.Field, result.Kind));
        Assert.Single(judge.AtSecretariat.Entries);
        Assert.Equal(1, judge.AtSecretariat.Version);
    }

    [Fact]
    public void A_judge_of_the_secretariats_city_is_not_given_its_entries_either()
    {
        var w = new World();

        var result = Assignment.Create(Cast.Secretariat, w.Cycle, World.Enrol(Cast.TaipeiJudge).AtSecretariat, [w.Nominate(Cast.Taipei).AtSecretariat], Assigning, out _);

        Assert.Equal(StepKind.Invalid, result.Kind);
    }

    [Fact]
    public void An_assignment_naming_an_entry_of_the_judges_own_city_is_not_received()
    {
        var w = new World();
        var (judge, _) = w.SeoulJudgeOnNewTaipeiEntry();
        var snapshot = judge.AtSecretariat.Snapshot();
        var forged = snapshot with { Entries = [.. snapshot.Entries, AssignedEntry.Of(w.Nominate(Cast.Seoul).AtSecretariat)], Version = 2 };

        Assert.Equal(StepKind.Forbidden, Assignment.Receive(forged with { Ref = forged.Ref with { AssignmentId = Guid.NewGuid() } }, Cast.Seoul, out _).Kind);
        Assert.Equal(StepKind.Forbidden, judge.AtJudge.ApplyAssignment(forged).Kind);
        Assert.Single(judge.AtJudge.Entries);
    }

    [Fact]
    public void Withdrawn_entries_and_entries_of_another_cycle_are_not_assigned()
    {
        var w = new World();
        var (judge, _) = w.SeoulJudgeOnNewTaipeiEntry();
        var withdrawn = w.Nominate(Cast.Taipei).AtSecretariat;
        World.Ok(withdrawn.Withdraw(Cast.TaipeiAgency, w.Cycle, Assigning));
        var elsewhere = new World().Nominate(Cast.Taipei).AtSecretariat;

        Assert.Equal(StepKind.Invalid, judge.AtSecretariat.AssignEntries(Cast.Secretariat, w.Cycle, [withdrawn], Assigning).Kind);
        Assert.Equal(StepKind.Invalid, judge.AtSecretariat.AssignEntries(Cast.Secretariat, w.Cycle, [elsewhere], Assigning).Kind);
    }

    [Fact]
    public void Only_a_judge_enrolled_with_the_secretariat_is_put_on_the_panel()
    {
        var w = new World();
        var notYetHeard = World.Enrol(Cast.SeoulJudge).Home;

        var result = Assignment.Create(Cast.Secretariat, w.Cycle, notYetHeard, [], Assigning, out _);

        Assert.Equal(("judgeId", StepKind.Invalid), (result.Field, result.Kind));
    }

    [Fact]
    public void Assigning_entries_already_assigned_changes_nothing()
    {
        var w = new World();
        var (judge, entry) = w.SeoulJudgeOnNewTaipeiEntry();

        var result = judge.AtSecretariat.AssignEntries(Cast.Secretariat, w.Cycle, [entry.AtSecretariat], Assigning);

        Assert.Equal(StepKind.Unchanged, result.Kind);
        Assert.Equal(1, judge.AtSecretariat.Version);
    }

    [Fact]
    public void An_entry_the_judge_has_scored_is_not_taken_away()
    {
        var w = new World();
        var (judge, entry) = w.SeoulJudgeOnNewTaipeiEntry();
        var id = entry.AtSecretariat.Id;
        World.Ok(judge.AtJudge.Score(Cast.SeoulJudge, id, World.Scores(7, 7, 7, 7), DuringJudging));
        World.Ok(judge.AtSecretariat.ApplySheet(judge.AtJudge.Submission(id)!));

        var result = judge.AtSecretariat.UnassignEntries(Cast.Secretariat, w.Cycle, [id], DuringJudging);

        Assert.Equal(StepKind.Conflict, result.Kind);
        Assert.True(judge.AtSecretariat.IsAssigned(id));
    }

    [Fact]
    public void Changes_reach_the_judges_city_as_a_higher_version_that_replaces_the_entries()
    {
        var w = new World();
        var (judge, first) = w.SeoulJudgeOnNewTaipeiEntry();
        var second = w.Nominate(Cast.Taipei);

        World.Ok(judge.AtSecretariat.AssignEntries(Cast.Secretariat, w.Cycle, [second.AtSecretariat], Assigning));
        World.Ok(judge.AtSecretariat.UnassignEntries(Cast.Secretariat, w.Cycle, [first.AtSecretariat.Id], Assigning.AddHours(1)));
        World.Ok(judge.AtJudge.ApplyAssignment(judge.AtSecretariat.Snapshot()));

        Assert.Equal(3, judge.AtJudge.Version);
        Assert.Equal([second.AtSecretariat.Id], judge.AtJudge.Entries.Select(e => e.EntryId));
    }

    [Fact]
    public void A_withdrawn_entry_leaves_the_assignments_once()
    {
        var w = new World();
        var (judge, entry) = w.SeoulJudgeOnNewTaipeiEntry();

        World.Ok(judge.AtSecretariat.DropWithdrawn(entry.AtSecretariat.Id, Assigning));

        Assert.Equal(StepKind.Unchanged, judge.AtSecretariat.DropWithdrawn(entry.AtSecretariat.Id, Assigning).Kind);
        Assert.Empty(judge.AtSecretariat.Entries);
        Assert.Equal(2, judge.AtSecretariat.Version);
    }
}

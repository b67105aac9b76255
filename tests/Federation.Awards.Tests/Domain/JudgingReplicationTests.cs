namespace Federation.Awards.Tests.Domain;

/// <summary>What the secretariat and a judge's city apply from each other: a message heard twice, or an older one late, changes nothing.</summary>
public sealed class JudgingReplicationTests
{
    [Fact]
    public void An_assignment_older_than_or_as_old_as_the_one_held_changes_nothing()
    {
        var w = new World();
        var (judge, first) = w.SeoulJudgeOnNewTaipeiEntry();
        var version1 = judge.AtSecretariat.Snapshot();
        World.Ok(judge.AtSecretariat.AssignEntries(Cast.Secretariat, w.Cycle, [w.Nominate(Cast.Taipei).AtSecretariat], Assigning));
        World.Ok(judge.AtJudge.ApplyAssignment(judge.AtSecretariat.Snapshot()));

        Assert.Equal(StepKind.Unchanged, judge.AtJudge.ApplyAssignment(judge.AtSecretariat.Snapshot()).Kind);
        Assert.Equal(StepKind.Unchanged, judge.AtJudge.ApplyAssignment(version1).Kind);
        Assert.Equal(2, judge.AtJudge.Entries.Count);
    }

    [Fact]
    public void An_assignment_is_received_only_in_the_judges_city()
    {
        var (judge, _) = new World().SeoulJudgeOnNewTaipeiEntry();

        Assert.Equal(StepKind.Forbidden, Assignment.Receive(judge.AtSecretariat.Snapshot(), Cast.NewTaipei, out _).Kind);
        Assert.Equal(StepKind.Forbidden, Assignment.Receive(judge.AtSecretariat.Snapshot(), Cast.Taipei, out _).Kind);
    }

    [Fact]
    public void A_sheet_heard_twice_or_an_older_one_late_changes_nothing()
    {
        var (judge, nominated) = new World().SeoulJudgeOnNewTaipeiEntry();
        var entry = nominated.AtSecretariat.Id;
        World.Ok(judge.AtJudge.Score(Cast.SeoulJudge, entry, World.Scores(8, 7, 6, 5), DuringJudging));
        var first = judge.AtJudge.Submission(entry)!;
        World.Ok(judge.AtJudge.Score(Cast.SeoulJudge, entry, World.Scores(8, 9, 6, 5), DuringJudging.AddDays(1)));
        var second = judge.AtJudge.Submission(entry)!;

        World.Ok(judge.AtSecretariat.ApplySheet(second));

        Assert.Equal(StepKind.Unchanged, judge.AtSecretariat.ApplySheet(second).Kind);
        Assert.Equal(StepKind.Unchanged, judge.AtSecretariat.ApplySheet(first).Kind);
        Assert.Equal((2, 9m), (judge.AtSecretariat.SheetFor(entry)!.Sequence, judge.AtSecretariat.SheetFor(entry)!.On(Criterion.Impact)!.Value));
        // The first sheet never arrived before the second, yet every line of the log is there.
        Assert.Equal(5, judge.AtSecretariat.History.Count);
    }

    [Fact]
    public void A_sheet_claiming_a_time_outside_judging_or_another_assignment_is_refused()
    {
        var (judge, nominated) = new World().SeoulJudgeOnNewTaipeiEntry();
        World.Ok(judge.AtJudge.Score(Cast.SeoulJudge, nominated.AtSecretariat.Id, World.Scores(8, 7, 6, 5), DuringJudging));
        var sheet = judge.AtJudge.Submission(nominated.AtSecretariat.Id)!;

        var late = judge.AtSecretariat.ApplySheet(sheet with { Sheet = sheet.Sheet with { SubmittedAt = JudgingCloses } });
        var stranger = judge.AtSecretariat.ApplySheet(sheet with { Ref = sheet.Ref with { JudgeId = Guid.NewGuid() } });
        var backwards = judge.AtJudge.ApplySheet(sheet);

        Assert.Equal(("submittedAt", StepKind.Invalid), (late.Field, late.Kind));
        Assert.Equal(StepKind.Forbidden, stranger.Kind);
        Assert.Equal(StepKind.Conflict, backwards.Kind);
        Assert.Empty(judge.AtSecretariat.Sheets);
    }

    [Fact]
    public void A_declaration_heard_twice_or_an_older_one_late_changes_nothing()
    {
        var (judge, nominated) = new World().SeoulJudgeOnNewTaipeiEntry();
        var entry = nominated.AtSecretariat.Id;
        World.Ok(judge.AtJudge.DeclareConflict(Cast.SeoulJudge, entry, ConflictKind.Potential, "Former employer", DuringJudging));
        var potential = judge.AtJudge.Declaration(entry)!;
        World.Ok(judge.AtJudge.DeclareConflict(Cast.SeoulJudge, entry, ConflictKind.Real, "Still a shareholder", DuringJudging.AddHours(1)));
        var real = judge.AtJudge.Declaration(entry)!;

        World.Ok(judge.AtSecretariat.ApplyConflict(real));

        Assert.Equal(StepKind.Unchanged, judge.AtSecretariat.ApplyConflict(real).Kind);
        Assert.Equal(StepKind.Unchanged, judge.AtSecretariat.ApplyConflict(potential).Kind);
        Assert.Equal(SheetStanding.Recused, judge.AtSecretariat.StandingOf(entry));
    }
}

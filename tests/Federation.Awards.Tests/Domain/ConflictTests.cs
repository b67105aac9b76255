namespace Federation.Awards.Tests.Domain;

public sealed class ConflictTests
{
    private readonly World w = new();
    private readonly Assigned judge;
    private readonly Guid entry;

    public ConflictTests()
    {
        var (assigned, nominated) = w.SeoulJudgeOnNewTaipeiEntry();
        (judge, entry) = (assigned, nominated.AtSecretariat.Id);
    }

    private void Score() => World.Ok(judge.AtJudge.Score(Cast.SeoulJudge, entry, World.Scores(9, 9, 9, 9), DuringJudging));

    private StepResult Declare(ConflictKind kind, string note = "Sits on the company's board", DateTimeOffset? at = null) =>
        judge.AtJudge.DeclareConflict(Cast.SeoulJudge, entry, kind, note, at ?? DuringJudging);

    private void Deliver() => World.Ok(judge.AtSecretariat.ApplyConflict(judge.AtJudge.Declaration(entry)!));

    [Fact]
    public void A_real_conflict_recuses_the_judge_whose_earlier_scores_then_do_not_count()
    {
        Score();

        World.Ok(Declare(ConflictKind.Real, at: DuringJudging.AddHours(1)));

        Assert.Equal(SheetStanding.Recused, judge.AtJudge.StandingOf(entry));
        Assert.Empty(judge.AtJudge.CountingSheets());
        var again = judge.AtJudge.Score(Cast.SeoulJudge, entry, World.Scores(1, 1, 1, 1), DuringJudging.AddHours(2));
        Assert.Equal(StepKind.Forbidden, again.Kind);
        Assert.Equal(9, judge.AtJudge.SheetFor(entry)!.On(Criterion.Impact)!.Value);
    }

    [Theory]
    [InlineData(ConflictKind.Apparent)]
    [InlineData(ConflictKind.Potential)]
    public void A_disclosed_conflict_counts_until_the_secretariat_excludes_it(ConflictKind kind)
    {
        Score();
        World.Ok(Declare(kind));
        World.Ok(judge.AtSecretariat.ApplySheet(judge.AtJudge.Submission(entry)!));
        Deliver();
        Assert.Equal(SheetStanding.Counts, judge.AtSecretariat.StandingOf(entry));

        World.Ok(judge.AtSecretariat.ExcludeConflict(Cast.Secretariat, w.Cycle, entry, true, "Same research group", DuringJudging));

        Assert.Equal(SheetStanding.Excluded, judge.AtSecretariat.StandingOf(entry));
        Assert.Empty(judge.AtSecretariat.CountingSheets());
    }

    [Fact]
    public void An_excluded_conflict_can_be_counted_again()
    {
        Score();
        World.Ok(Declare(ConflictKind.Potential));
        World.Ok(judge.AtSecretariat.ApplySheet(judge.AtJudge.Submission(entry)!));
        Deliver();
        World.Ok(judge.AtSecretariat.ExcludeConflict(Cast.Secretariat, w.Cycle, entry, true, "Too close", DuringJudging));

        World.Ok(judge.AtSecretariat.ExcludeConflict(Cast.Secretariat, w.Cycle, entry, false, null, DuringJudging.AddDays(1)));

        Assert.Equal(SheetStanding.Counts, judge.AtSecretariat.StandingOf(entry));
        Assert.Equal(StepKind.Unchanged, judge.AtSecretariat.ExcludeConflict(Cast.Secretariat, w.Cycle, entry, false, null, DuringJudging.AddDays(2)).Kind);
    }

    [Fact]
    public void An_exclusion_says_why()
    {
        World.Ok(Declare(ConflictKind.Apparent));
        Deliver();

        var result = judge.AtSecretariat.ExcludeConflict(Cast.Secretariat, w.Cycle, entry, true, " ", DuringJudging);

        Assert.Equal(("reason", StepKind.Invalid), (result.Field, result.Kind));
        Assert.False(judge.AtSecretariat.ConflictOn(entry)!.Excluded);
    }

    [Fact]
    public void Only_a_declared_disclosed_conflict_is_ruled_on()
    {
        var none = judge.AtSecretariat.ExcludeConflict(Cast.Secretariat, w.Cycle, entry, true, "Too close", DuringJudging);
        World.Ok(Declare(ConflictKind.Real));
        Deliver();
        var real = judge.AtSecretariat.ExcludeConflict(Cast.Secretariat, w.Cycle, entry, false, "We need the score", DuringJudging);

        Assert.Equal(("entryId", StepKind.Invalid), (none.Field, none.Kind));
        Assert.Equal(StepKind.Conflict, real.Kind);
        Assert.Equal(SheetStanding.Recused, judge.AtSecretariat.StandingOf(entry));
    }

    [Fact]
    public void A_disclosed_conflict_may_be_raised_to_real_but_a_real_one_is_never_lowered()
    {
        World.Ok(Declare(ConflictKind.Potential));
        Assert.Equal(StepKind.Conflict, Declare(ConflictKind.Apparent).Kind);

        World.Ok(Declare(ConflictKind.Real, at: DuringJudging.AddHours(1)));

        Assert.Equal(StepKind.Conflict, Declare(ConflictKind.Potential, at: DuringJudging.AddHours(2)).Kind);
        Assert.Equal(ConflictKind.Real, judge.AtJudge.ConflictOn(entry)!.Kind);
    }

    [Fact]
    public void A_declaration_says_what_the_conflict_is()
    {
        var result = Declare(ConflictKind.Apparent, note: "");

        Assert.Equal(("note", StepKind.Invalid), (result.Field, result.Kind));
        Assert.Null(judge.AtJudge.ConflictOn(entry));
    }

    [Fact]
    public void A_judge_declares_only_on_entries_assigned_to_them()
    {
        var result = judge.AtJudge.DeclareConflict(Cast.SeoulJudge, Guid.NewGuid(), ConflictKind.Apparent, "Knows them", DuringJudging);

        Assert.Equal(StepKind.Forbidden, result.Kind);
    }

    [Fact]
    public void The_ruling_reaches_the_judges_city_once()
    {
        World.Ok(Declare(ConflictKind.Apparent));
        Deliver();
        World.Ok(judge.AtSecretariat.ExcludeConflict(Cast.Secretariat, w.Cycle, entry, true, "Same university", DuringJudging));
        var ruling = judge.AtSecretariat.Ruling(entry)!;

        World.Ok(judge.AtJudge.ApplyRuling(ruling));

        Assert.Equal(StepKind.Unchanged, judge.AtJudge.ApplyRuling(ruling).Kind);
        Assert.Equal((true, "Same university"), (judge.AtJudge.ConflictOn(entry)!.Excluded, judge.AtJudge.ConflictOn(entry)!.RulingReason));
    }

    [Fact]
    public void A_ruling_on_a_declaration_since_raised_to_real_changes_nothing()
    {
        World.Ok(Declare(ConflictKind.Apparent));
        Deliver();
        World.Ok(judge.AtSecretariat.ExcludeConflict(Cast.Secretariat, w.Cycle, entry, true, "Same university", DuringJudging));
        World.Ok(Declare(ConflictKind.Real, at: DuringJudging.AddHours(1)));

        Assert.Equal(StepKind.Unchanged, judge.AtJudge.ApplyRuling(judge.AtSecretariat.Ruling(entry)!).Kind);
        Assert.False(judge.AtJudge.ConflictOn(entry)!.Excluded);
    }

    [Fact]
    public void No_conflict_is_ruled_on_once_the_cycle_is_published()
    {
        World.Ok(Declare(ConflictKind.Apparent));
        Deliver();
        Finale.Published(w);

        var result = judge.AtSecretariat.ExcludeConflict(Cast.Secretariat, w.Cycle, entry, true, "Too late", AfterJudging.AddDays(40));

        Assert.Equal(StepKind.Conflict, result.Kind);
    }
}

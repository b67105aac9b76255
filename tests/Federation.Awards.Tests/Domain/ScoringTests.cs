namespace Federation.Awards.Tests.Domain;

public sealed class ScoringTests
{
    private readonly Assigned judge;
    private readonly Guid entry;

    public ScoringTests()
    {
        var (assigned, nominated) = new World().SeoulJudgeOnNewTaipeiEntry();
        (judge, entry) = (assigned, nominated.AtSecretariat.Id);
    }

    private StepResult Score(DateTimeOffset at, params Score[] scores) => judge.AtJudge.Score(Cast.SeoulJudge, entry, scores, at);

    [Theory]
    [InlineData("-0.1")]
    [InlineData("10.1")]
    [InlineData("11")]
    [InlineData("7.25")]
    [InlineData("0.05")]
    public void A_score_runs_from_0_to_10_with_at_most_one_decimal(string value)
    {
        var result = Score(DuringJudging, new Score(Criterion.Impact, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(("scores[0].value", StepKind.Invalid), (result.Field, result.Kind));
        Assert.Null(judge.AtJudge.SheetFor(entry));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("10")]
    [InlineData("9.9")]
    [InlineData("7.50")]
    public void Scores_at_the_ends_of_the_scale_and_with_one_decimal_are_taken(string value)
    {
        World.Ok(Score(DuringJudging, new Score(Criterion.Impact, decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void Only_the_cycles_criteria_are_scored_each_once()
    {
        var unknown = Score(DuringJudging, new Score(Criterion.Impact, 5), new Score("beauty", 5));
        var twice = Score(DuringJudging, new Score(Criterion.Impact, 5), new Score(Criterion.Impact, 6));
        var none = Score(DuringJudging);

        Assert.Equal(("scores[1].criterion", StepKind.Invalid), (unknown.Field, unknown.Kind));
        Assert.Equal(("scores[1].criterion", StepKind.Invalid), (twice.Field, twice.Kind));
        Assert.Equal(("scores", StepKind.Invalid), (none.Field, none.Kind));
    }

    [Fact]
    public void A_judge_scores_only_entries_assigned_to_them()
    {
        var result = judge.AtJudge.Score(Cast.SeoulJudge, Guid.NewGuid(), World.Scores(5, 5, 5, 5), DuringJudging);

        Assert.Equal(StepKind.Forbidden, result.Kind);
    }

    [Fact]
    public void First_scores_leave_one_audit_line_per_criterion_without_an_old_value()
    {
        World.Ok(judge.AtJudge.Score(Cast.SeoulJudge, entry, World.Scores(8, 7.5m, 6, 9), DuringJudging));

        Assert.Equal(4, judge.AtJudge.History.Count);
        Assert.All(judge.AtJudge.History, line => Assert.Equal((null, 1, DuringJudging, judge.AtJudge.JudgeId), (line.Old, line.Sequence, line.At, line.JudgeId)));
        Assert.Equal(1, judge.AtJudge.SheetFor(entry)!.Sequence);
    }

    [Fact]
    public void A_change_keeps_an_audit_line_per_changed_criterion_with_old_and_new_values()
    {
        World.Ok(judge.AtJudge.Score(Cast.SeoulJudge, entry, World.Scores(8, 7.5m, 6, 9), DuringJudging));
        var later = DuringJudging.AddDays(2);

        World.Ok(judge.AtJudge.Score(Cast.SeoulJudge, entry, World.Scores(8, 6.5m, 6, 9.5m), later));

        var changes = judge.AtJudge.History.Where(c => c.Sequence == 2).ToList();
        Assert.Equal(
            [new ScoreChange(judge.AtJudge.JudgeId, entry, Criterion.Impact, 7.5m, 6.5m, null, 2, later),
             new ScoreChange(judge.AtJudge.JudgeId, entry, Criterion.Innovation, 9m, 9.5m, null, 2, later)],
            changes);
        Assert.Equal((2, later), (judge.AtJudge.SheetFor(entry)!.Sequence, judge.AtJudge.SheetFor(entry)!.SubmittedAt));
    }

    [Fact]
    public void A_changed_comment_alone_is_a_change()
    {
        World.Ok(Score(DuringJudging, new Score(Criterion.Impact, 7)));

        World.Ok(Score(DuringJudging.AddHours(1), new Score(Criterion.Impact, 7, "Strong data from two cities")));

        var line = judge.AtJudge.History.Last();
        Assert.Equal((7m, 7m, "Strong data from two cities", 2), (line.Old, line.New, line.Comment, line.Sequence));
    }

    [Fact]
    public void The_same_scores_again_change_nothing()
    {
        World.Ok(judge.AtJudge.Score(Cast.SeoulJudge, entry, World.Scores(8, 7.5m, 6, 9), DuringJudging));

        var again = judge.AtJudge.Score(Cast.SeoulJudge, entry, World.Scores(8, 7.5m, 6, 9), DuringJudging.AddDays(1));

        Assert.Equal(StepKind.Unchanged, again.Kind);
        Assert.Equal((1, 4), (judge.AtJudge.SheetFor(entry)!.Sequence, judge.AtJudge.History.Count));
    }

    [Fact]
    public void Criteria_not_named_keep_their_scores()
    {
        World.Ok(Score(DuringJudging, new Score(Criterion.Impact, 7), new Score(Criterion.CrossDomain, 8)));

        World.Ok(Score(DuringJudging.AddHours(1), new Score(Criterion.Innovation, 6)));

        var sheet = judge.AtJudge.SheetFor(entry)!;
        Assert.Equal([(Criterion.CrossDomain, 8m), (Criterion.Impact, 7m), (Criterion.Innovation, 6m)], sheet.Scores.Select(s => (s.CriterionKey, s.Value)));
    }

    [Fact]
    public void An_assigned_entry_not_yet_scored_is_missing()
    {
        Assert.Equal(SheetStanding.Missing, judge.AtJudge.StandingOf(entry));

        World.Ok(Score(DuringJudging, new Score(Criterion.Impact, 7)));

        Assert.Equal(SheetStanding.Counts, judge.AtJudge.StandingOf(entry));
    }

    [Fact]
    public void The_sheet_reaches_the_secretariat_with_its_whole_history_and_counts_there()
    {
        World.Ok(judge.AtJudge.Score(Cast.SeoulJudge, entry, World.Scores(8, 7.5m, 6, 9), DuringJudging));
        World.Ok(judge.AtJudge.Score(Cast.SeoulJudge, entry, World.Scores(8, 6.5m, 6, 9), DuringJudging.AddDays(1)));

        World.Ok(judge.AtSecretariat.ApplySheet(judge.AtJudge.Submission(entry)!));

        Assert.Equal(judge.AtJudge.SheetFor(entry), judge.AtSecretariat.SheetFor(entry));
        Assert.Equal(judge.AtJudge.History, judge.AtSecretariat.History);
        Assert.Single(judge.AtSecretariat.CountingSheets());
    }
}

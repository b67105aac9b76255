namespace Federation.Awards.Tests.Domain;

public sealed class CycleTests
{
    private static readonly Dictionary<string, (string Field, Func<CycleInput, CycleInput> Change)> Breaches = new()
    {
        ["a past year"] = ("year", i => i with { Year = 2029 }),
        ["a year too far ahead"] = ("year", i => i with { Year = 2034 }),
        ["no name"] = ("name", i => i with { Name = " " }),
        ["no label"] = ("labels", i => i with { Labels = [] }),
        ["a label twice"] = ("labels", i => i with { Labels = ["Winner", "winner "] }),
        ["a blank label"] = ("labels", i => i with { Labels = ["Winner", ""] }),
        ["no criterion"] = ("criteria", i => i with { Criteria = [] }),
        ["weights summing to 90"] = ("criteria", i => i with { Criteria = [new("impact", "Impact", 50), new("innovation", "Innovation", 40)] }),
        ["a fractional weight"] = ("criteria", i => i with { Criteria = [new("impact", "Impact", 50.5m), new("innovation", "Innovation", 49.5m)] }),
        ["a zero weight"] = ("criteria", i => i with { Criteria = [new("impact", "Impact", 100), new("innovation", "Innovation", 0)] }),
        ["a key twice"] = ("criteria", i => i with { Criteria = [new("impact", "Impact", 50), new("impact", "Impact again", 50)] }),
        ["a key with spaces"] = ("criteria", i => i with { Criteria = [new("social impact", "Impact", 100)] }),
        ["a criterion without a name"] = ("criteria", i => i with { Criteria = [new("impact", "", 100)] }),
        ["nominations closing before they open"] = ("nominationCloses", i => i with { Nomination = new(NominationCloses, NominationOpens) }),
        ["nominations already closed"] = ("nominationCloses", i => i with { Nomination = new(Opened.AddDays(-30), Opened.AddDays(-1)) }),
        ["judging opening before nominations close"] = ("judgingOpens", i => i with { Judging = new(NominationCloses.AddTicks(-1), JudgingCloses) }),
        ["judging closing as it opens"] = ("judgingCloses", i => i with { Judging = new(JudgingOpens, JudgingOpens) }),
        ["no winner"] = ("winners", i => i with { Winners = 0 }),
        ["fewer winners than labels"] = ("winners", i => i with { Winners = 1 }),
        ["fewer finalists than winners"] = ("finalists", i => i with { Finalists = 2 }),
        ["a tie-break criterion not in the cycle"] = ("tieBreak.criterion", i => i with { TieBreak = new(TieBreakRule.Criterion, "beauty") }),
        ["the criterion rule without a criterion"] = ("tieBreak.criterion", i => i with { TieBreak = new(TieBreakRule.Criterion) }),
        ["the lowest-spread rule naming a criterion"] = ("tieBreak.criterion", i => i with { TieBreak = new(TieBreakRule.LowestSpread, "impact") }),
    };

    public static TheoryData<string> BreachNames() => [.. Breaches.Keys];

    [Theory]
    [MemberData(nameof(BreachNames))]
    public void A_cycle_breaking_a_rule_is_not_opened(string breach)
    {
        var (field, change) = Breaches[breach];

        var result = AwardCycle.Open(Cast.Secretariat, change(Input()), Opened, out var cycle);

        Assert.Equal(StepKind.Invalid, result.Kind);
        Assert.Equal(field, result.Field);
        Assert.Null(cycle);
    }

    [Fact]
    public void The_default_criteria_are_the_go_smart_weights_summing_to_100()
    {
        Assert.Equal(
            [("cross-domain", 30m), ("impact", 30m), ("functionality", 20m), ("innovation", 20m)],
            Criterion.Defaults.Select(c => (c.Key, c.Weight)));
        World.Ok(Criterion.Check(Criterion.Defaults));
    }

    [Fact]
    public void Without_a_rule_ties_are_broken_on_the_first_criterion_of_the_highest_weight()
    {
        Assert.Equal(new TieBreak(TieBreakRule.Criterion, "cross-domain"), TieBreak.DefaultFor(Criterion.Defaults));
        Assert.Equal(new TieBreak(TieBreakRule.Criterion, "b"), TieBreak.DefaultFor([new("a", "A", 40), new("b", "B", 60)]));
    }

    [Fact]
    public void Judging_may_open_the_moment_nominations_close_and_a_cycle_may_open_for_two_years_ahead()
    {
        var input = Input() with { Year = 2032, Judging = new(NominationCloses, JudgingCloses) };

        World.Ok(AwardCycle.Open(Cast.Secretariat, input, Opened, out var cycle));
        Assert.Equal(Cast.Taipei, cycle!.SecretariatCity);
        Assert.True(cycle.IsSecretariatCopy);
    }

    public static TheoryData<DateTimeOffset, CycleStatus> Moments() => new()
    {
        { Opened, CycleStatus.Announced },
        { NominationOpens.AddTicks(-1), CycleStatus.Announced },
        { NominationOpens, CycleStatus.Nominating },
        { NominationCloses.AddTicks(-1), CycleStatus.Nominating },
        { NominationCloses, CycleStatus.Assigning },
        { JudgingOpens, CycleStatus.Judging },
        { JudgingCloses.AddTicks(-1), CycleStatus.Judging },
        { JudgingCloses, CycleStatus.Closed },
        { AfterJudging.AddYears(1), CycleStatus.Closed },
    };

    [Theory]
    [MemberData(nameof(Moments))]
    public void The_status_follows_the_clock_and_the_windows(DateTimeOffset at, CycleStatus status)
    {
        Assert.Equal(status, new World().Cycle.StatusAt(at));
    }

    [Fact]
    public void A_published_cycle_is_published_whatever_the_time()
    {
        var f = Finale.Published();

        Assert.Equal(CycleStatus.Published, f.Cycle.StatusAt(AfterJudging.AddYears(2)));
    }

    [Fact]
    public void Labels_and_name_are_kept_trimmed_and_labels_match_ignoring_case()
    {
        var input = Input() with { Name = " GO SMART Award 2031 ", Labels = [" Winner", "Most Promising City Project "] };

        World.Ok(AwardCycle.Open(Cast.Secretariat, input, Opened, out var cycle));

        Assert.Equal("GO SMART Award 2031", cycle!.Name);
        Assert.Equal(["Winner", "Most Promising City Project"], cycle.Labels);
        Assert.Equal("Most Promising City Project", cycle.LabelNamed("most promising city project"));
        Assert.Null(cycle.LabelNamed("Special award"));
    }
}

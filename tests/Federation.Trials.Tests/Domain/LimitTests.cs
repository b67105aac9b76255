using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Domain;

public sealed class LimitTests
{
    [Theory]
    [InlineData(12, StepKind.Ok)]
    [InlineData(13, StepKind.Invalid)]
    [InlineData(0, StepKind.Invalid)]
    public void An_application_lasts_at_most_the_city_cap(int months, StepKind expected)
    {
        var result = Trial.Draft(Cast.Applicant, Application(durationMonths: months), TrialRules.Default, Applied, out _);

        Assert.Equal(expected, result.Kind);
        if (expected == StepKind.Invalid) Assert.Equal("durationMonths", result.Field);
    }

    [Fact]
    public void A_city_with_a_shorter_cap_refuses_a_longer_application()
    {
        var rules = TrialRules.Default with { MaxDurationMonths = 6 };

        var result = Trial.Draft(Cast.Applicant, Application(durationMonths: 7), rules, Applied, out _);

        Assert.Equal(("durationMonths", StepKind.Invalid), (result.Field, result.Kind));
    }

    [Fact]
    public void An_edited_draft_is_checked_as_a_new_one()
    {
        var trial = Draft();

        var result = trial.UpdateDraft(Cast.Applicant, Application(durationMonths: 13), TrialRules.Default, Applied);

        Assert.Equal("durationMonths", result.Field);
        Assert.Equal(5, trial.DurationMonths);
    }

    [Theory]
    [InlineData("2030-04-01", "2031-04-01", null)]
    [InlineData("2030-04-01", "2031-04-02", "endDate")]
    [InlineData("2030-04-01", "2030-03-31", "endDate")]
    [InlineData("2030-04-01", "2030-04-01", null)]
    public void An_agreement_ends_after_it_starts_and_within_the_cap(string start, string end, string? invalidField)
    {
        var host = HostAt(TrialStatus.Screening);

        var result = host.Accept(Cast.HostAgency, Agreement(DateOnly.Parse(start), DateOnly.Parse(end)), TrialRules.Default, Accepted);

        Assert.Equal(invalidField, result.Field);
        Assert.Equal(invalidField is null ? TrialStatus.Accepted : TrialStatus.Screening, host.Status);
    }

    public static TheoryData<List<Kpi>> BadKpis() => new()
    {
        new List<Kpi>(),
        new List<Kpi> { WaitingTime, WaitingTime with { Unit = "s" } },
        new List<Kpi> { WaitingTime, WaitingTime with { Name = " average WAITING time " } },
        new List<Kpi> { WaitingTime with { Target = 12m } },
        new List<Kpi> { WaitingTime with { Name = "" } },
        new List<Kpi> { WaitingTime with { Unit = " " } },
    };

    [Theory]
    [MemberData(nameof(BadKpis))]
    public void Kpis_are_at_least_one_uniquely_named_each_with_a_unit_and_a_target_other_than_its_baseline(List<Kpi> kpis)
    {
        var applied = Trial.Draft(Cast.Applicant, Application(kpis: kpis), TrialRules.Default, Applied, out _);
        var agreed = HostAt(TrialStatus.Screening).Accept(Cast.HostAgency, Agreement(kpis: kpis), TrialRules.Default, Accepted);

        Assert.Equal(("proposedKpis", "kpis"), (applied.Field, agreed.Field));
    }

    [Theory]
    [InlineData(-1, "costShare")]
    [InlineData(100.5, "costShare")]
    [InlineData(0, null)]
    [InlineData(100, null)]
    public void The_cost_share_is_a_percentage(decimal share, string? invalidField)
    {
        var applied = Trial.Draft(Cast.Applicant, Application(costShare: share), TrialRules.Default, Applied, out _);
        var agreed = HostAt(TrialStatus.Screening).Accept(Cast.HostAgency, Agreement(costShare: share), TrialRules.Default, Accepted);

        Assert.Equal((invalidField, invalidField), (applied.Field, agreed.Field));
    }

    [Fact]
    public void A_trial_runs_in_another_city_than_the_applicants()
    {
        var result = Trial.Draft(Cast.Applicant, Application() with { HostCity = "seoul" }, TrialRules.Default, Applied, out _);

        Assert.Equal("hostCity", result.Field);
    }

    [Theory]
    [InlineData("goals")]
    [InlineData("requestedSite")]
    [InlineData("solutionId")]
    public void An_application_states_its_solution_goals_and_site(string field)
    {
        var input = field switch
        {
            "goals" => Application() with { Goals = " " },
            "requestedSite" => Application() with { RequestedSite = "" },
            _ => Application() with { SolutionId = Guid.Empty },
        };

        Assert.Equal(field, Trial.Draft(Cast.Applicant, input, TrialRules.Default, Applied, out _).Field);
    }
}

using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Domain;

public sealed class ReplicationTests
{
    private static readonly Party Host = Cast.HostAgency.AsParty();
    private static readonly Verdict Passed = new(VerdictResult.Passed, "Fine", Host, Reported.AddDays(5));

    /// <summary>Each message the home copy hears from the host, with the status it was at before it.</summary>
    public static TheoryData<string, TrialStatus> HostDecisions() => new()
    {
        { "ScreeningStarted", TrialStatus.Endorsed },
        { "Accepted", TrialStatus.Screening },
        { "Rejected", TrialStatus.Screening },
        { "Verdict", TrialStatus.Reported },
        { "Closed", TrialStatus.Verified },
        { "Outcome", TrialStatus.Closed },
    };

    private static StepResult ApplyToHome(Trial home, string decision) => decision switch
    {
        "ScreeningStarted" => home.ApplyScreeningStarted(Arrived.AddDays(56), Arrived),
        "Accepted" => home.ApplyAccepted(Agreement(), Host, Accepted),
        "Rejected" => home.ApplyRejected(new Rejection(Host, Accepted, "No site")),
        "Verdict" => home.ApplyVerdict(Passed),
        "Closed" => home.ApplyClosed(Closed),
        _ => home.ApplyOutcome(new Outcome(OutcomeKind.Stopped, new DateOnly(2030, 10, 1), null, Host, Closed.AddDays(30))),
    };

    [Theory]
    [MemberData(nameof(HostDecisions))]
    public void A_host_decision_heard_twice_changes_nothing_the_second_time(string decision, TrialStatus before)
    {
        var home = HomeAt(before);
        Ok(ApplyToHome(home, decision));
        var (status, updatedAt) = (home.Status, home.UpdatedAt);

        Assert.Equal(StepKind.Unchanged, ApplyToHome(home, decision).Kind);
        Assert.Equal((status, updatedAt), (home.Status, home.UpdatedAt));
    }

    [Theory]
    [InlineData("ScreeningStarted", TrialStatus.Submitted)]
    [InlineData("Accepted", TrialStatus.Endorsed)]
    [InlineData("Rejected", TrialStatus.Endorsed)]
    [InlineData("Verdict", TrialStatus.Running)]
    [InlineData("Closed", TrialStatus.Reported)]
    [InlineData("Outcome", TrialStatus.Verified)]
    public void A_host_decision_that_overtakes_its_predecessor_is_refused_for_a_later_retry(string decision, TrialStatus before)
    {
        var home = HomeAt(before);

        Assert.Equal(StepKind.Conflict, ApplyToHome(home, decision).Kind);
        Assert.Equal(before, home.Status);
    }

    [Fact]
    public void A_delayed_acceptance_applies_once_screening_is_acknowledged()
    {
        var home = HomeAt(TrialStatus.Endorsed);
        Assert.Equal(StepKind.Conflict, ApplyToHome(home, "Accepted").Kind);

        Ok(ApplyToHome(home, "ScreeningStarted"));
        Ok(ApplyToHome(home, "Accepted"));

        Assert.Equal(TrialStatus.Accepted, home.Status);
    }

    [Fact]
    public void A_different_decision_for_the_same_step_is_a_conflict()
    {
        var home = HomeAt(TrialStatus.Accepted);

        Assert.Equal(StepKind.Conflict, home.ApplyAccepted(Agreement(costShare: 10m), Host, Accepted).Kind);
        Assert.Equal(40m, home.Agreement!.CostShare);
    }

    [Fact]
    public void A_measurement_and_its_review_heard_twice_are_kept_once()
    {
        var (home, host) = At(TrialStatus.Running);
        Ok(home.ReportMeasurement(Cast.Applicant, new MeasurementInput(DailyRiders.Name, 1250m, DuringTrial), DuringTrial, out var m));

        Ok(host!.ApplyMeasurementReported(m!.Id, m.AsInput(), m.ReportedAt));
        Assert.Equal(StepKind.Unchanged, host.ApplyMeasurementReported(m.Id, m.AsInput(), m.ReportedAt).Kind);
        Ok(host.ReviewMeasurement(Cast.HostAgency, m.Id, ReviewState.Disputed, "Holiday traffic", DuringTrial));
        Ok(home.ApplyMeasurementReview(m.Id, ReviewState.Disputed, "Holiday traffic", Host, DuringTrial));
        Assert.Equal(StepKind.Unchanged, home.ApplyMeasurementReview(m.Id, ReviewState.Disputed, "Holiday traffic", Host, DuringTrial).Kind);

        Assert.Equal(3, host.Measurements.Count);
        Assert.Equal(ReviewState.Disputed, home.Measurements.Single(x => x.Id == m.Id).Review);
    }

    [Fact]
    public void A_review_of_a_measurement_not_yet_heard_of_is_refused_for_a_later_retry()
    {
        var home = HomeAt(TrialStatus.Running);

        Assert.Equal(StepKind.Conflict, home.ApplyMeasurementReview(Guid.NewGuid(), ReviewState.Confirmed, null, Host, DuringTrial).Kind);
    }

    [Fact]
    public void A_measurement_overtaken_by_the_final_report_still_reaches_the_host()
    {
        var (home, host) = At(TrialStatus.Running);
        Ok(home.ReportMeasurement(Cast.Applicant, new MeasurementInput(DailyRiders.Name, 1400m, DuringTrial), DuringTrial, out var late));
        Ok(home.SubmitFinalReport(Cast.Applicant, "Done", Reported));

        Ok(host!.ApplyFinalReport(home.FinalReport!));
        Assert.Equal(StepKind.Unchanged, host.ApplyFinalReport(home.FinalReport!).Kind);
        Ok(host.ApplyMeasurementReported(late!.Id, late.AsInput(), late.ReportedAt));

        Assert.Equal(TrialStatus.Reported, host.Status);
        Assert.Contains(host.Measurements, x => x.Id == late.Id);
    }

    [Fact]
    public void The_host_copy_starts_the_trial_when_the_first_measurement_arrives_before_its_own_sweep()
    {
        var (home, host) = At(TrialStatus.Accepted);
        Ok(home.ReportMeasurement(Cast.Applicant, new MeasurementInput(WaitingTime.Name, 10m, DuringTrial), DuringTrial, out var m));

        Ok(host!.ApplyMeasurementReported(m!.Id, m.AsInput(), m.ReportedAt));

        Assert.Equal((TrialStatus.Running, TrialStatus.Running), (home.Status, host.Status));
        Assert.Equal(StepKind.Unchanged, host.Start(DuringTrial).Kind);
    }

    [Fact]
    public void A_withdrawal_heard_twice_changes_nothing_the_second_time()
    {
        var host = HostAt(TrialStatus.Withdrawn);

        Assert.Equal(StepKind.Unchanged, host.ApplyWithdrawal(new Withdrawal(Cast.Applicant.AsParty(), Accepted)).Kind);
    }

    [Fact]
    public void A_copy_does_not_apply_its_own_sides_decisions_as_if_they_came_from_the_other()
    {
        var (home, host) = At(TrialStatus.Screening);

        Assert.Equal(StepKind.Conflict, host!.ApplyRejected(new Rejection(Host, Accepted, "No site")).Kind);
        Assert.Equal(StepKind.Conflict, home.ApplyWithdrawal(new Withdrawal(Cast.Applicant.AsParty(), Accepted)).Kind);
    }
}

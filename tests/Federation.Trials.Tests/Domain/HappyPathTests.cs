using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Domain;

public sealed class HappyPathTests
{
    [Fact]
    public void A_seoul_startups_trial_runs_from_application_to_outcome_with_both_copies_agreeing()
    {
        Ok(Trial.Draft(Cast.Applicant, Application(), TrialRules.Default, Applied, out var drafted));
        var home = drafted!;
        Ok(home.Submit(Cast.Applicant, Applied.AddHours(1)));
        Ok(home.Endorse(Cast.HomeAgency, Applied.AddDays(2)));

        Ok(Trial.Receive(home.ToEndorsedApplication()!, "taipei", TrialRules.Default, Arrived, out var received));
        var host = received!;
        Ok(home.ApplyScreeningStarted(host.ScreeningDeadline!.Value, Arrived));
        Assert.Equal((TrialStatus.Screening, TrialStatus.Screening), (home.Status, host.Status));

        Ok(host.Accept(Cast.HostAgency, Agreement(), TrialRules.Default, Accepted));
        Ok(home.ApplyAccepted(host.Agreement!, host.AcceptedBy!, host.AcceptedAt!.Value));

        var waiting = Report(home, host, WaitingTime.Name, 9m);
        Assert.Equal((TrialStatus.Running, TrialStatus.Running), (home.Status, host.Status));
        Ok(host.ReviewMeasurement(Cast.HostAgency, waiting, ReviewState.Confirmed, null, DuringTrial));
        Ok(home.ApplyMeasurementReview(waiting, ReviewState.Confirmed, null, Cast.HostAgency.AsParty(), DuringTrial));

        Ok(home.SubmitFinalReport(Cast.Applicant, "Waiting fell by three minutes.", Reported));
        Ok(host.ApplyFinalReport(home.FinalReport!));
        Ok(host.Verify(Cast.HostAgency, VerdictResult.Passed, "Waiting time fell as agreed.", Reported.AddDays(5)));
        Ok(home.ApplyVerdict(host.Verdict!));
        Ok(host.Close(Cast.HostAgency, Closed));
        Ok(home.ApplyClosed(Closed));
        Ok(host.RecordOutcome(Cast.HostAgency, OutcomeKind.Procured, new DateOnly(2030, 11, 20), "Rolled out on ten lines", Closed.AddDays(70)));
        Ok(home.ApplyOutcome(host.Outcome!));

        foreach (var copy in new[] { home, host })
        {
            Assert.Equal(TrialStatus.Closed, copy.Status);
            Assert.Equal(VerdictResult.Passed, copy.Verdict!.Result);
            Assert.Equal(OutcomeKind.Procured, copy.Outcome!.Kind);
            Assert.Equal(0.75m, copy.Progress().Single(p => p.Kpi == WaitingTime).Fraction);
        }
        Assert.Equal((home.Id, home.HomeCity, home.HostCity, home.Applicant), (host.Id, host.HomeCity, host.HostCity, host.Applicant));
        Assert.Equal((TrialSide.Home, TrialSide.Host), (home.Copy, host.Copy));
        Assert.Equal(home.Endorsement, host.Endorsement);
        Assert.Equal(home.ScreeningDeadline, host.ScreeningDeadline);
        Assert.Equal(home.Agreement, host.Agreement);
    }

    [Fact]
    public void A_draft_belongs_to_the_applicants_city_and_organisation()
    {
        var trial = Draft();

        Assert.Equal(TrialStatus.Draft, trial.Status);
        Assert.Equal(("seoul", "taipei"), (trial.HomeCity, trial.HostCity));
        Assert.Equal(new Party("kim", "Hanbit Mobility", Cast.Applicant.OrganisationId), trial.Applicant);
        Assert.Equal(Applied, trial.CreatedAt);
        Assert.NotEqual(Guid.Empty, trial.Id);
    }

    [Fact]
    public void Nothing_leaves_the_home_city_before_endorsement()
    {
        Assert.Null(HomeAt(TrialStatus.Submitted).ToEndorsedApplication());
        Assert.NotNull(HomeAt(TrialStatus.Endorsed).ToEndorsedApplication());
    }

    [Fact]
    public void A_declined_application_records_who_declined_and_why()
    {
        var trial = HomeAt(TrialStatus.Declined);

        Assert.Equal(Cast.HomeAgency.AsParty(), trial.Declination!.By);
        Assert.Equal("Not in this year's programme", trial.Declination.Reason);
    }

    [Fact]
    public void A_decline_or_rejection_without_a_reason_is_invalid()
    {
        Assert.Equal("reason", HomeAt(TrialStatus.Submitted).Decline(Cast.HomeAgency, " ", Applied).Field);
        Assert.Equal("reason", HostAt(TrialStatus.Screening).Reject(Cast.HostAgency, "", Accepted).Field);
    }

    [Fact]
    public void A_verdict_waits_until_every_measurement_is_reviewed()
    {
        var host = HostAt(TrialStatus.Reported);

        var result = host.Verify(Cast.HostAgency, VerdictResult.Passed, "Fine", Reported.AddDays(2));

        Assert.Equal(StepKind.Conflict, result.Kind);
        Assert.Equal(TrialStatus.Reported, host.Status);
    }
}

using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Domain;

public sealed class MeasurementTests
{
    private static StepResult ReportOn(Trial home, MeasurementInput input, DateTimeOffset? now = null) =>
        home.ReportMeasurement(Cast.Applicant, input, now ?? DuringTrial, out _);

    [Fact]
    public void A_measurement_is_kept_under_the_agreed_kpis_name_pending_review()
    {
        var home = HomeAt(TrialStatus.Running);

        Ok(home.ReportMeasurement(Cast.Applicant, new MeasurementInput("daily RIDERS", 1300m, DuringTrial, "https://evidence.example/riders.csv"), DuringTrial, out var m));

        Assert.Equal((DailyRiders.Name, 1300m, ReviewState.Pending), (m!.KpiName, m.Value, m.Review));
        Assert.Contains(m, home.Measurements);
    }

    [Fact]
    public void Only_an_agreed_kpi_is_measured()
    {
        var home = HomeAt(TrialStatus.Running);

        var result = ReportOn(home, new MeasurementInput("Air quality", 3m, DuringTrial));

        Assert.Equal(("kpiName", StepKind.Invalid), (result.Field, result.Kind));
        Assert.Equal(2, home.Measurements.Count);
    }

    [Fact]
    public void The_agreed_kpis_replace_the_proposed_ones()
    {
        var (home, host) = At(TrialStatus.Screening);
        Ok(host!.Accept(Cast.HostAgency, Agreement(kpis: [DailyRiders]), TrialRules.Default, Accepted));
        Ok(home.ApplyAccepted(host.Agreement!, host.AcceptedBy!, host.AcceptedAt!.Value));

        var result = ReportOn(home, new MeasurementInput(WaitingTime.Name, 9m, DuringTrial));

        Assert.Equal("kpiName", result.Field);
    }

    [Fact]
    public void Before_the_start_date_the_accepted_trial_takes_no_measurements()
    {
        var home = HomeAt(TrialStatus.Accepted);
        var dayBefore = new DateTimeOffset(2030, 3, 31, 23, 0, 0, TimeSpan.Zero);

        var result = ReportOn(home, new MeasurementInput(WaitingTime.Name, 9m, dayBefore), dayBefore);

        Assert.Equal(StepKind.Conflict, result.Kind);
        Assert.Equal(TrialStatus.Accepted, home.Status);
    }

    [Fact]
    public void On_its_start_date_an_accepted_trial_starts_with_its_first_measurement()
    {
        var home = HomeAt(TrialStatus.Accepted);
        var startMorning = new DateTimeOffset(2030, 4, 1, 8, 0, 0, TimeSpan.Zero);

        Ok(ReportOn(home, new MeasurementInput(WaitingTime.Name, 11m, startMorning), startMorning));

        Assert.Equal((TrialStatus.Running, startMorning), (home.Status, home.StartedAt));
    }

    [Theory]
    [InlineData("2030-05-03T09:00:00Z", null, "measuredAt")]
    [InlineData("2030-03-31T09:00:00Z", null, "measuredAt")]
    [InlineData("2030-05-01T09:00:00Z", "ftp://files.example/x", "evidenceLink")]
    [InlineData("2030-05-01T09:00:00Z", "not a link", "evidenceLink")]
    public void A_measurement_is_from_the_trial_period_up_to_now_with_a_web_link_as_evidence(string measuredAt, string? link, string field)
    {
        var result = ReportOn(HomeAt(TrialStatus.Running), new MeasurementInput(WaitingTime.Name, 9m, DateTimeOffset.Parse(measuredAt), link));

        Assert.Equal(field, result.Field);
    }

    [Fact]
    public void The_host_agency_disputes_a_measurement_with_a_note()
    {
        var host = HostAt(TrialStatus.Running);
        var pending = host.Measurements.Single(m => m.Review == ReviewState.Pending);

        Assert.Equal("note", host.ReviewMeasurement(Cast.HostAgency, pending.Id, ReviewState.Disputed, " ", DuringTrial).Field);
        Ok(host.ReviewMeasurement(Cast.HostAgency, pending.Id, ReviewState.Disputed, "Counter was offline", DuringTrial));

        Assert.Equal((ReviewState.Disputed, "Counter was offline", Cast.HostAgency.AsParty()), (pending.Review, pending.ReviewNote, pending.ReviewedBy));
    }

    [Fact]
    public void A_measurement_is_reviewed_once()
    {
        var host = HostAt(TrialStatus.Running);
        var confirmed = host.Measurements.Single(m => m.Review == ReviewState.Confirmed);

        var result = host.ReviewMeasurement(Cast.HostAgency, confirmed.Id, ReviewState.Disputed, "Changed my mind", DuringTrial);

        Assert.Equal(StepKind.Conflict, result.Kind);
        Assert.Equal(ReviewState.Confirmed, confirmed.Review);
    }

    [Fact]
    public void Reviewing_an_unknown_measurement_or_as_pending_is_invalid()
    {
        var host = HostAt(TrialStatus.Running);
        var pending = host.Measurements.Single(m => m.Review == ReviewState.Pending);

        Assert.Equal("measurementId", host.ReviewMeasurement(Cast.HostAgency, Guid.NewGuid(), ReviewState.Confirmed, null, DuringTrial).Field);
        Assert.Equal("review", host.ReviewMeasurement(Cast.HostAgency, pending.Id, ReviewState.Pending, null, DuringTrial).Field);
    }

    [Theory]
    [InlineData(nameof(Cast.Applicant))]
    [InlineData(nameof(Cast.HomeAgency))]
    [InlineData(nameof(Cast.LondonAgency))]
    public void Only_the_host_agency_reviews(string actor)
    {
        var (home, host) = At(TrialStatus.Running);
        var id = host!.Measurements.Single(m => m.Review == ReviewState.Pending).Id;

        Assert.Equal(StepKind.Forbidden, host.ReviewMeasurement(Cast.Named(actor), id, ReviewState.Confirmed, null, DuringTrial).Kind);
        Assert.Equal(StepKind.Forbidden, home.ReviewMeasurement(Cast.Named(actor), id, ReviewState.Confirmed, null, DuringTrial).Kind);
    }
}

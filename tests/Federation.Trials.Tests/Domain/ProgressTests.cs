using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Domain;

public sealed class ProgressTests
{
    private static KpiProgress ProgressAfter(Kpi kpi, params (decimal Value, int Day, ReviewState Review)[] reports)
    {
        var (home, host) = At(TrialStatus.Screening);
        Ok(host!.Accept(Cast.HostAgency, Agreement(kpis: [kpi]), TrialRules.Default, Accepted));
        Ok(home.ApplyAccepted(host.Agreement!, host.AcceptedBy!, host.AcceptedAt!.Value));
        foreach (var (value, day, review) in reports)
        {
            var measuredAt = new DateTimeOffset(2030, 4, day, 12, 0, 0, TimeSpan.Zero);
            Ok(home.ReportMeasurement(Cast.Applicant, new MeasurementInput(kpi.Name, value, measuredAt), DuringTrial, out var m));
            Ok(host.ApplyMeasurementReported(m!.Id, m.AsInput(), m.ReportedAt));
            if (review != ReviewState.Pending)
                Ok(host.ReviewMeasurement(Cast.HostAgency, m.Id, review, "checked", DuringTrial));
        }
        return host.Progress().Single();
    }

    [Fact]
    public void A_rising_target_counts_the_way_up_from_the_baseline()
    {
        var progress = ProgressAfter(DailyRiders, (1200m, 10, ReviewState.Confirmed));

        Assert.Equal((0.4m, 0.4m), (progress.RawFraction, progress.Fraction));
    }

    [Fact]
    public void A_falling_target_counts_the_way_down_from_the_baseline()
    {
        var progress = ProgressAfter(WaitingTime, (11m, 10, ReviewState.Confirmed));

        Assert.Equal(0.25m, progress.Fraction);
    }

    [Fact]
    public void Beyond_the_target_shows_full_but_keeps_the_raw_value()
    {
        var progress = ProgressAfter(WaitingTime, (6m, 10, ReviewState.Confirmed));

        Assert.Equal((1.5m, 1m), (progress.RawFraction, progress.Fraction));
    }

    [Fact]
    public void Worse_than_the_baseline_shows_zero_but_keeps_the_raw_value()
    {
        var progress = ProgressAfter(DailyRiders, (900m, 10, ReviewState.Confirmed));

        Assert.Equal((-0.2m, 0m), (progress.RawFraction, progress.Fraction));
    }

    [Fact]
    public void Without_a_confirmed_value_there_is_no_progress_yet()
    {
        var progress = ProgressAfter(DailyRiders, (1500m, 10, ReviewState.Pending), (1400m, 11, ReviewState.Disputed));

        Assert.Null(progress.Latest);
        Assert.Null(progress.RawFraction);
        Assert.Null(progress.Fraction);
    }

    [Fact]
    public void The_latest_measured_confirmed_value_counts_whatever_the_order_of_reports()
    {
        var progress = ProgressAfter(DailyRiders,
            (1100m, 20, ReviewState.Confirmed), (1450m, 12, ReviewState.Confirmed), (1500m, 25, ReviewState.Disputed));

        Assert.Equal(1100m, progress.Latest!.Value);
        Assert.Equal(0.2m, progress.Fraction);
    }

    [Fact]
    public void Before_an_agreement_there_is_nothing_to_measure()
    {
        Assert.Empty(HomeAt(TrialStatus.Screening).Progress());
    }

    [Fact]
    public void Progress_is_listed_per_agreed_kpi()
    {
        var progress = HostAt(TrialStatus.Running).Progress();

        Assert.Equal([WaitingTime, DailyRiders], progress.Select(p => p.Kpi));
        Assert.Equal(0.5m, progress[0].Fraction);
        Assert.Null(progress[1].Fraction);
    }
}

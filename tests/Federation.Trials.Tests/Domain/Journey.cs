namespace Federation.Trials.Tests.Domain;

/// <summary>One trial's calendar and a way to bring both copies to any status through the real steps.</summary>
internal static class Journey
{
    public static readonly DateTimeOffset Applied = new(2030, 3, 4, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Arrived = Applied.AddDays(3);
    public static readonly DateTimeOffset Accepted = Applied.AddDays(20);
    public static readonly DateOnly StartDate = new(2030, 4, 1);
    public static readonly DateOnly EndDate = new(2030, 8, 31);
    public static readonly DateTimeOffset DuringTrial = new(2030, 5, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Reported = new(2030, 9, 1, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Closed = new(2030, 9, 15, 9, 0, 0, TimeSpan.Zero);

    public static readonly Kpi WaitingTime = new("Average waiting time", "min", 12m, 8m, "ISO 37122 19.3");
    public static readonly Kpi DailyRiders = new("Daily riders", "riders", 1000m, 1500m);

    public static ApplicationInput Application(int durationMonths = 5, decimal costShare = 50m, IReadOnlyList<Kpi>? kpis = null) =>
        new("taipei", Guid.Parse("6d1f5c1e-0a7b-4c55-9a43-2f1d9c2e7b10"), null, "Cut waiting at the Beitou bus stops",
            "Beitou bus line 216", kpis ?? [WaitingTime, DailyRiders], durationMonths, costShare);

    public static Agreement Agreement(DateOnly? start = null, DateOnly? end = null, List<Kpi>? kpis = null, decimal costShare = 40m) =>
        new("Taipei Department of Transportation", "Beitou bus line 216", start ?? StartDate, end ?? EndDate,
            kpis ?? [WaitingTime, DailyRiders], costShare);

    public static void Ok(StepResult result) =>
        Assert.True(result.Kind == StepKind.Ok, $"Expected Ok, got {result}");

    public static Trial Draft()
    {
        Ok(Trial.Draft(Cast.Applicant, Application(), TrialRules.Default, Applied, out var trial));
        return trial!;
    }

    public static Trial HomeAt(TrialStatus status) => At(status).Home;

    public static Trial HostAt(TrialStatus status) =>
        At(status).Host ?? throw new ArgumentException($"The host holds no copy while {status}.", nameof(status));

    /// <summary>
    /// Both copies at a status, every message delivered. From Running on, the applicant has reported one
    /// value per KPI: waiting time confirmed, daily riders still pending until the verdict.
    /// </summary>
    public static (Trial Home, Trial? Host) At(TrialStatus status)
    {
        var home = Draft();
        if (status == TrialStatus.Draft) return (home, null);
        Ok(home.Submit(Cast.Applicant, Applied.AddHours(1)));
        if (status == TrialStatus.Submitted) return (home, null);
        if (status == TrialStatus.Declined)
        {
            Ok(home.Decline(Cast.HomeAgency, "Not in this year's programme", Applied.AddDays(2)));
            return (home, null);
        }
        Ok(home.Endorse(Cast.HomeAgency, Applied.AddDays(2)));
        if (status == TrialStatus.Endorsed) return (home, null);

        Ok(Trial.Receive(home.ToEndorsedApplication()!, "taipei", TrialRules.Default, Arrived, out var received));
        var host = received!;
        Ok(home.ApplyScreeningStarted(host.ScreeningDeadline!.Value, Arrived));
        switch (status)
        {
            case TrialStatus.Screening:
                return (home, host);
            case TrialStatus.Rejected:
                Ok(host.Reject(Cast.HostAgency, "No site free this year", Accepted));
                Ok(home.ApplyRejected(host.Rejection!));
                return (home, host);
            case TrialStatus.Withdrawn:
                Ok(home.Withdraw(Cast.Applicant, Accepted));
                Ok(host.ApplyWithdrawal(home.Withdrawal!));
                return (home, host);
        }

        Ok(host.Accept(Cast.HostAgency, Agreement(), TrialRules.Default, Accepted));
        Ok(home.ApplyAccepted(host.Agreement!, host.AcceptedBy!, host.AcceptedAt!.Value));
        if (status == TrialStatus.Accepted) return (home, host);

        var start = StartDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        Ok(home.Start(start));
        Ok(host.Start(start));
        var waiting = Report(home, host, WaitingTime.Name, 10m);
        Ok(host.ReviewMeasurement(Cast.HostAgency, waiting, ReviewState.Confirmed, null, DuringTrial));
        Ok(home.ApplyMeasurementReview(waiting, ReviewState.Confirmed, null, Cast.HostAgency.AsParty(), DuringTrial));
        var riders = Report(home, host, DailyRiders.Name, 1200m);
        if (status == TrialStatus.Running) return (home, host);

        Ok(home.SubmitFinalReport(Cast.Applicant, "Waiting fell by two minutes.", Reported));
        Ok(host.ApplyFinalReport(home.FinalReport!));
        if (status == TrialStatus.Reported) return (home, host);

        Ok(host.ReviewMeasurement(Cast.HostAgency, riders, ReviewState.Confirmed, null, Reported.AddDays(1)));
        Ok(home.ApplyMeasurementReview(riders, ReviewState.Confirmed, null, Cast.HostAgency.AsParty(), Reported.AddDays(1)));
        Ok(host.Verify(Cast.HostAgency, VerdictResult.Passed, "Waiting time fell as agreed.", Reported.AddDays(5)));
        Ok(home.ApplyVerdict(host.Verdict!));
        if (status == TrialStatus.Verified) return (home, host);

        Ok(host.Close(Cast.HostAgency, Closed));
        Ok(home.ApplyClosed(Closed));
        return status == TrialStatus.Closed ? (home, host) : throw new ArgumentOutOfRangeException(nameof(status));
    }

    /// <summary>The applicant reports at home and the host hears of it; the measurement's id.</summary>
    public static Guid Report(Trial home, Trial host, string kpi, decimal value)
    {
        Ok(home.ReportMeasurement(Cast.Applicant, new MeasurementInput(kpi, value, DuringTrial.AddDays(-1)), DuringTrial, out var measurement));
        Ok(host.ApplyMeasurementReported(measurement!.Id, measurement.AsInput(), measurement.ReportedAt));
        return measurement.Id;
    }
}

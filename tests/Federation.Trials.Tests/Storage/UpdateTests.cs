using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Storage;

/// <summary>On SQLite files, the run command's store.</summary>
public sealed class UpdateTests : UpdateTests<TrialFiles>;

/// <summary>The same on PostgreSQL, the production store.</summary>
public sealed class UpdateTestsOnPostgres : UpdateTests<PostgresTrialFiles>;

public abstract class UpdateTests<TStore> : TestsWith<TStore> where TStore : TrialFiles, new()
{
    [Fact]
    public async Task A_measurement_reported_and_reviewed_on_loaded_copies_is_kept_on_both()
    {
        var (home, host) = At(TrialStatus.Running);
        await Scratch.SaveAsync("seoul", home);
        await Scratch.SaveAsync("taipei", host!);
        Measurement? reported = null;

        await Scratch.ChangeAsync("seoul", home.Id, t =>
            t.ReportMeasurement(Cast.Applicant, new MeasurementInput(DailyRiders.Name, 1400m, DuringTrial), DuringTrial.AddDays(1), out reported));
        await Scratch.ChangeAsync("taipei", host!.Id, t => t.ApplyMeasurementReported(reported!.Id, reported.AsInput(), reported.ReportedAt));
        await Scratch.ChangeAsync("taipei", host.Id, t => t.ReviewMeasurement(Cast.HostAgency, reported!.Id, ReviewState.Confirmed, "Counter logs", DuringTrial.AddDays(2)));

        var read = await Scratch.LoadAsync("taipei", host.Id);
        var review = read.Measurements.Single(m => m.Id == reported!.Id);
        Assert.Equal((ReviewState.Confirmed, "Counter logs", Cast.HostAgency.AsParty()), (review.Review, review.ReviewNote, review.ReviewedBy));
        Assert.Equal(0.8m, read.Progress().Single(p => p.Kpi == DailyRiders).Fraction);
        Assert.Equal(3, (await Scratch.LoadAsync("seoul", home.Id)).Measurements.Count);
    }

    [Fact]
    public async Task Measurements_read_back_in_the_order_they_were_reported()
    {
        var (home, host) = At(TrialStatus.Running);
        await Scratch.SaveAsync("seoul", home);
        for (var i = 0; i < 5; i++)
            await Scratch.ChangeAsync("seoul", home.Id, t => t.ReportMeasurement(Cast.Applicant,
                new MeasurementInput(WaitingTime.Name, 11m - i, DuringTrial), DuringTrial, out _));

        var read = await Scratch.LoadAsync("seoul", home.Id);

        Assert.Equal([10m, 1200m, 11m, 10m, 9m, 8m, 7m], read.Measurements.Select(m => m.Value));
    }

    [Fact]
    public async Task A_verdict_given_on_a_loaded_host_copy_is_kept()
    {
        var host = HostAt(TrialStatus.Reported);
        await Scratch.SaveAsync("taipei", host);
        var pending = host.Measurements.Single(m => m.Review == ReviewState.Pending).Id;

        await Scratch.ChangeAsync("taipei", host.Id, t => t.ReviewMeasurement(Cast.HostAgency, pending, ReviewState.Disputed, "Counter offline", Reported));
        await Scratch.ChangeAsync("taipei", host.Id, t => t.Verify(Cast.HostAgency, VerdictResult.Failed, "Riders not shown", Reported.AddDays(1)));

        var read = await Scratch.LoadAsync("taipei", host.Id);
        Assert.Equal(TrialStatus.Verified, read.Status);
        Assert.Equal(new Verdict(VerdictResult.Failed, "Riders not shown", Cast.HostAgency.AsParty(), Reported.AddDays(1)), read.Verdict);
    }

    [Fact]
    public async Task A_decision_heard_after_a_withdrawal_clears_it_in_the_file()
    {
        var (home, host) = At(TrialStatus.Screening);
        Ok(host!.Accept(Cast.HostAgency, Agreement(), TrialRules.Default, Accepted));
        Ok(home.Withdraw(Cast.Applicant, Accepted.AddHours(1)));
        await Scratch.SaveAsync("seoul", home);

        await Scratch.ChangeAsync("seoul", home.Id, t => t.ApplyAccepted(host.Agreement!, host.AcceptedBy!, host.AcceptedAt!.Value));

        var read = await Scratch.LoadAsync("seoul", home.Id);
        Assert.Equal((TrialStatus.Accepted, (Withdrawal?)null), (read.Status, read.Withdrawal));
        Assert.Equal(host.Agreement, read.Agreement);
    }

    [Fact]
    public async Task A_later_outcome_replaces_the_earlier_in_the_file()
    {
        var host = HostAt(TrialStatus.Closed);
        await Scratch.SaveAsync("taipei", host);

        await Scratch.ChangeAsync("taipei", host.Id, t => t.RecordOutcome(Cast.HostAgency, OutcomeKind.Continued, new DateOnly(2030, 9, 20), null, Closed.AddDays(5)));
        await Scratch.ChangeAsync("taipei", host.Id, t => t.RecordOutcome(Cast.HostAgency, OutcomeKind.Procured, new DateOnly(2030, 12, 1), "Tender won", Closed.AddDays(90)));

        var read = await Scratch.LoadAsync("taipei", host.Id);
        Assert.Equal((OutcomeKind.Procured, "Tender won"), (read.Outcome!.Kind, read.Outcome.Note));
    }
}

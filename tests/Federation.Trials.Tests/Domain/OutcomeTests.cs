using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Domain;

public sealed class OutcomeTests
{
    private static readonly DateTimeOffset Later = Closed.AddDays(60);

    [Theory]
    [InlineData(TrialStatus.Running)]
    [InlineData(TrialStatus.Reported)]
    [InlineData(TrialStatus.Verified)]
    public void An_outcome_is_recorded_only_once_the_trial_is_closed(TrialStatus status)
    {
        var host = HostAt(status);

        var result = host.RecordOutcome(Cast.HostAgency, OutcomeKind.Procured, new DateOnly(2030, 10, 1), null, Later);

        Assert.Equal(StepKind.Conflict, result.Kind);
        Assert.Null(host.Outcome);
    }

    [Fact]
    public void A_later_outcome_replaces_an_earlier_one()
    {
        var host = HostAt(TrialStatus.Closed);
        Ok(host.RecordOutcome(Cast.HostAgency, OutcomeKind.Continued, new DateOnly(2030, 10, 1), "Extended six months", Later));

        Ok(host.RecordOutcome(Cast.HostAgency, OutcomeKind.Procured, new DateOnly(2031, 4, 1), null, Later.AddDays(200)));

        Assert.Equal((OutcomeKind.Procured, new DateOnly(2031, 4, 1)), (host.Outcome!.Kind, host.Outcome.Date));
    }

    [Fact]
    public void An_outcome_is_recorded_once_it_has_happened()
    {
        var host = HostAt(TrialStatus.Closed);

        var result = host.RecordOutcome(Cast.HostAgency, OutcomeKind.Stopped, DateOnly.FromDateTime(Later.UtcDateTime).AddDays(1), null, Later);

        Assert.Equal("date", result.Field);
    }

    [Fact]
    public void The_home_copy_keeps_the_latest_outcome_whatever_the_order_of_arrival()
    {
        var (home, host) = At(TrialStatus.Closed);
        Ok(host!.RecordOutcome(Cast.HostAgency, OutcomeKind.Continued, new DateOnly(2030, 10, 1), null, Later));
        var continued = host.Outcome!;
        Ok(host.RecordOutcome(Cast.HostAgency, OutcomeKind.Procured, new DateOnly(2031, 4, 1), null, Later.AddDays(200)));

        Ok(home.ApplyOutcome(host.Outcome!));
        Assert.Equal(StepKind.Unchanged, home.ApplyOutcome(continued).Kind);

        Assert.Equal(OutcomeKind.Procured, home.Outcome!.Kind);
    }
}

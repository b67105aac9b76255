using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Domain;

public sealed class StartTests
{
    private static readonly DateTimeOffset StartMidnight = new(2030, 4, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Both_copies_start_on_the_agreed_date_and_not_a_second_earlier()
    {
        var (home, host) = At(TrialStatus.Accepted);

        foreach (var copy in new[] { home, host! })
        {
            Assert.Equal(StepKind.Conflict, copy.Start(StartMidnight.AddSeconds(-1)).Kind);
            Ok(copy.Start(StartMidnight));
            Assert.Equal((TrialStatus.Running, StartMidnight), (copy.Status, copy.StartedAt));
        }
    }

    [Theory]
    [InlineData(TrialStatus.Running)]
    [InlineData(TrialStatus.Reported)]
    [InlineData(TrialStatus.Closed)]
    public void Starting_a_trial_that_already_started_changes_nothing(TrialStatus status)
    {
        var host = HostAt(status);

        Assert.Equal(StepKind.Unchanged, host.Start(DuringTrial).Kind);
        Assert.Equal(status, host.Status);
    }

    [Theory]
    [InlineData(TrialStatus.Screening)]
    [InlineData(TrialStatus.Rejected)]
    [InlineData(TrialStatus.Withdrawn)]
    public void A_trial_never_accepted_never_starts(TrialStatus status)
    {
        Assert.Equal(StepKind.Conflict, HostAt(status).Start(DuringTrial).Kind);
    }
}

using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Domain;

public sealed class ScreeningDeadlineTests
{
    private static readonly DateTimeOffset Deadline = Arrived.AddDays(56);

    [Fact]
    public void Screening_ends_eight_weeks_after_the_application_reaches_the_host()
    {
        Assert.Equal(Deadline, HostAt(TrialStatus.Screening).ScreeningDeadline);
    }

    [Fact]
    public void A_host_with_its_own_period_sets_its_own_deadline()
    {
        var rules = TrialRules.Default with { ScreeningPeriod = TimeSpan.FromDays(30) };

        Ok(Trial.Receive(HomeAt(TrialStatus.Endorsed).ToEndorsedApplication()!, "taipei", rules, Arrived, out var host));

        Assert.Equal(Arrived.AddDays(30), host!.ScreeningDeadline);
    }

    [Fact]
    public void Both_copies_show_the_application_overdue_just_after_the_deadline_and_not_at_it()
    {
        var (home, host) = At(TrialStatus.Screening);

        foreach (var copy in new[] { home, host! })
        {
            Assert.False(copy.IsScreeningOverdue(Deadline));
            Assert.True(copy.IsScreeningOverdue(Deadline.AddSeconds(1)));
        }
    }

    [Fact]
    public void The_home_copy_knows_no_deadline_until_the_host_acknowledges()
    {
        var home = HomeAt(TrialStatus.Endorsed);

        Assert.Null(home.ScreeningDeadline);
        Assert.False(home.IsScreeningOverdue(Deadline.AddYears(1)));
    }

    [Theory]
    [InlineData(TrialStatus.Accepted)]
    [InlineData(TrialStatus.Rejected)]
    [InlineData(TrialStatus.Withdrawn)]
    public void An_answered_application_is_never_overdue(TrialStatus status)
    {
        var (home, host) = At(status);

        Assert.False(home.IsScreeningOverdue(Deadline.AddDays(1)));
        Assert.False(host!.IsScreeningOverdue(Deadline.AddDays(1)));
    }

    [Fact]
    public void An_overdue_application_can_still_be_accepted()
    {
        var host = HostAt(TrialStatus.Screening);

        Ok(host.Accept(Cast.HostAgency, Agreement(), TrialRules.Default, Deadline.AddDays(3)));
    }
}

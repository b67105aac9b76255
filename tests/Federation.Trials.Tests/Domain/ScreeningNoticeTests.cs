using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Domain;

/// <summary>When the host city's agencies are reminded of an undecided application: a week before its deadline, then once it has passed.</summary>
public sealed class ScreeningNoticeTests
{
    private static readonly DateTimeOffset Deadline = Arrived.AddDays(56);
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);

    [Fact]
    public void The_warning_is_due_a_week_before_the_deadline_and_not_a_minute_earlier()
    {
        var host = HostAt(TrialStatus.Screening);

        Assert.Null(host.DeadlineNoticeDue(Deadline - Week - TimeSpan.FromMinutes(1), Week));
        Assert.Equal(ScreeningNotice.Near, host.DeadlineNoticeDue(Deadline - Week, Week));
    }

    [Fact]
    public void Each_notice_is_due_once_and_the_passed_one_only_after_the_deadline()
    {
        var host = HostAt(TrialStatus.Screening);
        host.Noticed(ScreeningNotice.Near);

        Assert.Null(host.DeadlineNoticeDue(Deadline, Week));
        Assert.Equal(ScreeningNotice.Passed, host.DeadlineNoticeDue(Deadline.AddSeconds(1), Week));
        host.Noticed(ScreeningNotice.Passed);
        Assert.Null(host.DeadlineNoticeDue(Deadline.AddDays(30), Week));
    }

    [Fact]
    public void A_sweep_that_first_runs_after_the_deadline_sends_only_the_passed_notice()
    {
        Assert.Equal(ScreeningNotice.Passed, HostAt(TrialStatus.Screening).DeadlineNoticeDue(Deadline.AddDays(1), Week));
    }

    [Theory]
    [InlineData(TrialStatus.Accepted)]
    [InlineData(TrialStatus.Rejected)]
    [InlineData(TrialStatus.Withdrawn)]
    public void A_decided_application_and_the_home_copy_are_never_reminded(TrialStatus status)
    {
        var (home, host) = At(status);

        Assert.Null(host!.DeadlineNoticeDue(Deadline.AddDays(1), Week));
        Assert.Null(At(TrialStatus.Screening).Home.DeadlineNoticeDue(Deadline - Week, Week));
        Assert.Null(home.DeadlineNoticeDue(Deadline.AddDays(1), Week));
    }
}

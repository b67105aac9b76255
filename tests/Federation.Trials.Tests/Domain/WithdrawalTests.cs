using static Federation.Trials.Tests.Domain.Journey;

namespace Federation.Trials.Tests.Domain;

public sealed class WithdrawalTests
{
    [Theory]
    [InlineData(TrialStatus.Draft)]
    [InlineData(TrialStatus.Submitted)]
    [InlineData(TrialStatus.Endorsed)]
    [InlineData(TrialStatus.Screening)]
    public void The_applicant_may_withdraw_until_the_host_decides(TrialStatus status)
    {
        var home = HomeAt(status);

        Ok(home.Withdraw(Cast.Applicant, Accepted));

        Assert.Equal(TrialStatus.Withdrawn, home.Status);
        Assert.Equal(new Withdrawal(Cast.Applicant.AsParty(), Accepted), home.Withdrawal);
    }

    [Theory]
    [InlineData(TrialStatus.Declined)]
    [InlineData(TrialStatus.Accepted)]
    [InlineData(TrialStatus.Rejected)]
    [InlineData(TrialStatus.Running)]
    [InlineData(TrialStatus.Withdrawn)]
    public void Once_decided_the_application_cannot_be_withdrawn(TrialStatus status)
    {
        Assert.Equal(StepKind.Conflict, HomeAt(status).Withdraw(Cast.Applicant, DuringTrial).Kind);
    }

    [Fact]
    public void The_host_withdraws_its_copy_when_it_hears_during_screening()
    {
        var (home, host) = At(TrialStatus.Screening);
        Ok(home.Withdraw(Cast.Applicant, Accepted));

        Ok(host!.ApplyWithdrawal(home.Withdrawal!));

        Assert.Equal(TrialStatus.Withdrawn, host.Status);
        Assert.False(host.IsScreeningOverdue(host.ScreeningDeadline!.Value.AddDays(1)));
    }

    [Fact]
    public void An_acceptance_that_crossed_a_withdrawal_prevails_on_both_copies()
    {
        var (home, host) = At(TrialStatus.Screening);
        Ok(home.Withdraw(Cast.Applicant, Accepted));
        Ok(host!.Accept(Cast.HostAgency, Agreement(), TrialRules.Default, Accepted));

        Assert.Equal(StepKind.Unchanged, host.ApplyWithdrawal(home.Withdrawal!).Kind);
        Ok(home.ApplyAccepted(host.Agreement!, host.AcceptedBy!, host.AcceptedAt!.Value));

        Assert.Equal((TrialStatus.Accepted, TrialStatus.Accepted), (home.Status, host.Status));
        Assert.Null(home.Withdrawal);
    }

    [Fact]
    public void A_withdrawal_made_while_the_application_travelled_still_learns_the_deadline()
    {
        var home = HomeAt(TrialStatus.Endorsed);
        Ok(Trial.Receive(home.ToEndorsedApplication()!, "taipei", TrialRules.Default, Arrived, out var host));
        Ok(home.Withdraw(Cast.Applicant, Arrived.AddHours(1)));

        Ok(home.ApplyScreeningStarted(host!.ScreeningDeadline!.Value, Arrived));
        Ok(host.ApplyWithdrawal(home.Withdrawal!));

        Assert.Equal((TrialStatus.Withdrawn, TrialStatus.Withdrawn), (home.Status, host.Status));
        Assert.Equal(host.ScreeningDeadline, home.ScreeningDeadline);
    }
}

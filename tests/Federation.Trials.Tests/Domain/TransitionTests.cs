namespace Federation.Trials.Tests.Domain;

public sealed class TransitionTests
{
    private static readonly TrialStatus[] HostStatuses =
    [
        TrialStatus.Screening, TrialStatus.Accepted, TrialStatus.Rejected, TrialStatus.Withdrawn,
        TrialStatus.Running, TrialStatus.Reported, TrialStatus.Verified, TrialStatus.Closed,
    ];

    public static TheoryData<string, TrialStatus> IllegalSteps() => Cells(legal: false);

    public static TheoryData<string, TrialStatus> LegalSteps() => Cells(legal: true);

    [Theory]
    [MemberData(nameof(IllegalSteps))]
    public void A_step_from_the_wrong_status_is_a_conflict_naming_the_status_and_leaves_the_trial_as_it_was(string step, TrialStatus status)
    {
        var trial = Steps.CopyAt(Steps.Named(step), status);
        var updatedAt = trial.UpdatedAt;

        var result = Steps.Named(step).Take(trial, Steps.Named(step).RightParty);

        Assert.Equal(StepKind.Conflict, result.Kind);
        Assert.Contains(status.ToString(), result.Reason);
        Assert.Equal(status, trial.Status);
        Assert.Equal(updatedAt, trial.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(LegalSteps))]
    public void The_right_party_takes_a_step_from_each_status_that_allows_it(string step, TrialStatus status)
    {
        var trial = Steps.CopyAt(Steps.Named(step), status);

        Journey.Ok(Steps.Named(step).Take(trial, Steps.Named(step).RightParty));
    }

    [Theory]
    [InlineData("Submit", TrialStatus.Submitted)]
    [InlineData("Endorse", TrialStatus.Endorsed)]
    [InlineData("Decline", TrialStatus.Declined)]
    [InlineData("Withdraw", TrialStatus.Withdrawn)]
    [InlineData("Accept", TrialStatus.Accepted)]
    [InlineData("Reject", TrialStatus.Rejected)]
    [InlineData("Verify", TrialStatus.Verified)]
    public void A_refused_transition_names_the_status_it_was_asked_for(string step, TrialStatus attempted)
    {
        var trial = Steps.CopyAt(Steps.Named(step), TrialStatus.Closed);

        var result = Steps.Named(step).Take(trial, Steps.Named(step).RightParty);

        Assert.Equal($"The trial is Closed; it cannot become {attempted}.", result.Reason);
    }

    private static TheoryData<string, TrialStatus> Cells(bool legal)
    {
        var cells = new TheoryData<string, TrialStatus>();
        foreach (var step in Steps.All)
            foreach (var status in step.Side == TrialSide.Home ? Enum.GetValues<TrialStatus>() : HostStatuses)
                if (step.LegalFrom.Contains(status) == legal)
                    cells.Add(step.Name, status);
        return cells;
    }
}

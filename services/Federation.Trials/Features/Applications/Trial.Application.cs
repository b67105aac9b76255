using Federation.Trials.Features.Applications;
namespace Federation.Trials.Common;

// The home city's steps: the startup's application and its endorsement by a home agency.
public sealed partial class Trial
{
    private static readonly TrialStatus[] Withdrawable =
        [TrialStatus.Draft, TrialStatus.Submitted, TrialStatus.Endorsed, TrialStatus.Screening];

    public StepResult UpdateDraft(Actor by, ApplicationInput input, TrialRules rules, DateTimeOffset now)
    {
        var check = ByApplicant(by)
            .Then(() => While([TrialStatus.Draft], "be edited"))
            .Then(() => input.Check(HomeCity, rules));
        if (check.Succeeded) Set(input, TrialStatus.Draft, now);
        return check;
    }

    public StepResult Submit(Actor by, DateTimeOffset now)
    {
        var check = ByApplicant(by).Then(() => CanMove(TrialStatus.Submitted, TrialStatus.Draft));
        if (!check.Succeeded) return check;
        SubmittedAt = now;
        MoveTo(TrialStatus.Submitted, now);
        return check;
    }

    public StepResult Endorse(Actor by, DateTimeOffset now, string? note = null)
    {
        var check = ByHomeAgency(by).Then(() => CanMove(TrialStatus.Endorsed, TrialStatus.Submitted));
        if (!check.Succeeded) return check;
        Endorsement = new Endorsement(by.AsParty(), now, note);
        MoveTo(TrialStatus.Endorsed, now);
        return check;
    }

    public StepResult Decline(Actor by, string reason, DateTimeOffset now)
    {
        var check = ByHomeAgency(by)
            .Then(() => CanMove(TrialStatus.Declined, TrialStatus.Submitted))
            .Then(() => Required(reason, "reason", "A decline says why."));
        if (!check.Succeeded) return check;
        Declination = new Declination(by.AsParty(), now, reason);
        MoveTo(TrialStatus.Declined, now);
        return check;
    }

    /// <summary>
    /// The applicant may withdraw until the host decides. Once endorsed, the withdrawal is only a
    /// request to the host: if the host accepted or rejected first, its decision prevails on both copies.
    /// </summary>
    public StepResult Withdraw(Actor by, DateTimeOffset now, string? reason = null)
    {
        var check = ByApplicant(by).Then(() => CanMove(TrialStatus.Withdrawn, Withdrawable));
        if (!check.Succeeded) return check;
        Withdrawal = new Withdrawal(by.AsParty(), now, reason);
        MoveTo(TrialStatus.Withdrawn, now);
        return check;
    }

    /// <summary>What the home copy sends to the host city once endorsed; null before.</summary>
    public EndorsedApplication? ToEndorsedApplication() =>
        Endorsement is null || SubmittedAt is null
            ? null
            : new EndorsedApplication(Id, HomeCity, Applicant,
                new ApplicationInput(HostCity, SolutionId, ChallengeId, Goals, RequestedSite, ProposedKpis, DurationMonths, CostShare, SolutionTitle),
                SubmittedAt.Value, Endorsement);
}

using Federation.Trials.Features.Hosting;
namespace Federation.Trials.Common;

// The host city's answer to an endorsed application.
public sealed partial class Trial
{
    public StepResult Accept(Actor by, Agreement agreement, TrialRules rules, DateTimeOffset now)
    {
        var check = ByHostAgency(by)
            .Then(() => CanMove(TrialStatus.Accepted, TrialStatus.Screening))
            .Then(() => agreement.Check(rules))
            .Then(() => agreement.EndDate < DateOnly.FromDateTime(now.UtcDateTime)
                ? StepResult.Invalid("endDate", "The agreed dates lie wholly in the past: a trial is agreed for days to come.", new(FieldCodes.InPast))
                : StepResult.Ok);
        if (check.Succeeded) SetAccepted(agreement with { Kpis = [.. agreement.Kpis] }, by.AsParty(), now);
        return check;
    }

    public StepResult Reject(Actor by, string reason, DateTimeOffset now)
    {
        var check = ByHostAgency(by)
            .Then(() => CanMove(TrialStatus.Rejected, TrialStatus.Screening))
            .Then(() => Required(reason, "reason", "A rejection says why."));
        if (check.Succeeded) SetRejected(new Rejection(by.AsParty(), now, reason));
        return check;
    }

    private void SetAccepted(Agreement agreement, Party by, DateTimeOffset at)
    {
        // A withdrawal the host had not heard of when it decided gives way to the decision.
        (Agreement, AcceptedBy, AcceptedAt, Withdrawal) = (agreement, by, at, null);
        MoveTo(TrialStatus.Accepted, at);
    }

    private void SetRejected(Rejection rejection)
    {
        (Rejection, Withdrawal) = (rejection, null);
        MoveTo(TrialStatus.Rejected, rejection.At);
    }
}

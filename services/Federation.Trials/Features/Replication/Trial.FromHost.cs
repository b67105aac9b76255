using Federation.Trials.Features.Hosting;
using Federation.Trials.Features.Running;
namespace Federation.Trials.Common;

// The home copy learning the host's decisions. A decision already held is Unchanged (messages are
// delivered at least once); one that arrives before its predecessor is a Conflict, retried later.
public sealed partial class Trial
{
    /// <summary>The host's acknowledgement: screening started with this deadline, so the home side can show it overdue too.</summary>
    public StepResult ApplyScreeningStarted(DateTimeOffset deadline, DateTimeOffset at)
    {
        if (ScreeningDeadline is { } held)
            return held == deadline ? StepResult.Unchanged : StepResult.Conflict($"Screening already started with deadline {held:O}.");
        // Withdrawn while the application travelled: keep the deadline, in case the host decides before it hears.
        var withdrawnInTransit = Status == TrialStatus.Withdrawn && Endorsement is not null;
        var check = OnHomeCopy("Screening").Then(() => withdrawnInTransit ? StepResult.Ok : CanMove(TrialStatus.Screening, TrialStatus.Endorsed));
        if (!check.Succeeded) return check;
        ScreeningDeadline = deadline;
        if (!withdrawnInTransit) MoveTo(TrialStatus.Screening, at);
        return check;
    }

    public StepResult ApplyAccepted(Agreement agreement, Party by, DateTimeOffset at)
    {
        if (Agreement is not null)
            return Agreement.Equals(agreement) ? StepResult.Unchanged : StepResult.Conflict("The trial was accepted on other terms.");
        var check = OnHomeCopy("Acceptance").Then(HostDecisionIsDue(TrialStatus.Accepted));
        if (check.Succeeded) SetAccepted(agreement with { Kpis = [.. agreement.Kpis] }, by, at);
        return check;
    }

    public StepResult ApplyRejected(Rejection rejection)
    {
        if (Rejection is not null)
            return Rejection == rejection ? StepResult.Unchanged : StepResult.Conflict("The trial was rejected for another reason.");
        var check = OnHomeCopy("Rejection").Then(HostDecisionIsDue(TrialStatus.Rejected));
        if (check.Succeeded) SetRejected(rejection);
        return check;
    }

    public StepResult ApplyMeasurementReview(Guid measurementId, ReviewState review, string? note, Party by, DateTimeOffset at)
    {
        var measurement = Measurements.FirstOrDefault(m => m.Id == measurementId);
        if (measurement is not null && measurement.IsReviewedAs(review, note)) return StepResult.Unchanged;
        var check = OnHomeCopy("A review")
            .Then(() => measurement is null ? StepResult.Conflict($"Measurement {measurementId} is not known here yet.") : StepResult.Ok)
            .Then(() => measurement!.Review == ReviewState.Pending ? StepResult.Ok : StepResult.Conflict($"The measurement is already {measurement.Review}."));
        if (!check.Succeeded) return check;
        measurement!.Record(review, note, by, at);
        UpdatedAt = at;
        return check;
    }

    public StepResult ApplyVerdict(Verdict verdict)
    {
        if (Verdict is not null)
            return Verdict == verdict ? StepResult.Unchanged : StepResult.Conflict("The trial has another verdict.");
        var check = OnHomeCopy("The verdict").Then(() => CanMove(TrialStatus.Verified, TrialStatus.Reported));
        if (check.Succeeded) SetVerified(verdict);
        return check;
    }

    public StepResult ApplyClosed(DateTimeOffset at)
    {
        if (Status == TrialStatus.Closed) return StepResult.Unchanged;
        var check = OnHomeCopy("Closing").Then(() => CanMove(TrialStatus.Closed, TrialStatus.Verified));
        if (check.Succeeded) SetClosed(at);
        return check;
    }

    /// <summary>The latest outcome wins: an older one arriving late is dropped.</summary>
    public StepResult ApplyOutcome(Outcome outcome)
    {
        if (Outcome is not null && (Outcome == outcome || outcome.RecordedAt <= Outcome.RecordedAt)) return StepResult.Unchanged;
        var check = OnHomeCopy("An outcome").Then(() => While([TrialStatus.Closed], "record an outcome"));
        if (!check.Succeeded) return check;
        Outcome = outcome;
        UpdatedAt = outcome.RecordedAt;
        return check;
    }

    // The host decides from Screening. A home copy withdrawn after the host started screening may still
    // hear a decision the host took before the withdrawal reached it; the host's decision prevails.
    private Func<StepResult> HostDecisionIsDue(TrialStatus to) => () =>
        Status == TrialStatus.Withdrawn && ScreeningDeadline is not null ? StepResult.Ok : CanMove(to, TrialStatus.Screening);
}

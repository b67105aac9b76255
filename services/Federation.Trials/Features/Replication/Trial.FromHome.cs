using Federation.Trials.Features.Running;
namespace Federation.Trials.Common;

// The host copy learning the applicant's steps, taken at home. Same rules as the other way:
// a step already held is Unchanged, one that comes too early is a Conflict, retried later.
public sealed partial class Trial
{
    /// <summary>
    /// The applicant withdrew. If this city has already accepted or rejected, the withdrawal is moot:
    /// the decision travels home and prevails there too.
    /// </summary>
    public StepResult ApplyWithdrawal(Withdrawal withdrawal)
    {
        if (Status == TrialStatus.Withdrawn) return StepResult.Unchanged;
        var check = OnHostCopy("Withdrawal");
        if (!check.Succeeded) return check;
        if (Status != TrialStatus.Screening) return StepResult.Unchanged;
        Withdrawal = withdrawal;
        MoveTo(TrialStatus.Withdrawn, withdrawal.At);
        return check;
    }

    public StepResult ApplyMeasurementReported(Guid measurementId, MeasurementInput input, DateTimeOffset reportedAt)
    {
        if (Measurements.FirstOrDefault(m => m.Id == measurementId) is { } held)
            return held.AsInput() == input ? StepResult.Unchanged : StepResult.Conflict($"Measurement {measurementId} is held with other values.");
        // The final report may overtake the last measurements on the way; they still belong to the trial.
        var check = OnHostCopy("Reporting a measurement").Then(() => StartIfDue(reportedAt))
            .Then(() => While(Reviewable, "take measurements"))
            .Then(() => Agreement!.KpiNamed(input.KpiName) is null ? StepResult.Invalid("kpiName", $"'{input.KpiName}' is not one of the agreed KPIs.") : StepResult.Ok);
        if (!check.Succeeded) return check;
        Measurements.Add(new Measurement(measurementId, Agreement!.KpiNamed(input.KpiName)!.Name, input, reportedAt));
        UpdatedAt = reportedAt;
        return check;
    }

    public StepResult ApplyFinalReport(FinalReport report)
    {
        if (FinalReport is not null)
            return FinalReport == report ? StepResult.Unchanged : StepResult.Conflict("Another final report is held.");
        var check = OnHostCopy("The final report").Then(() => StartIfDue(report.At)).Then(() => CanMove(TrialStatus.Reported, TrialStatus.Running));
        if (check.Succeeded) SetReported(report);
        return check;
    }
}

using Federation.Trials.Features.Running;
namespace Federation.Trials.Common;

// The trial itself: it starts on the agreed date, the startup reports, the host agency reviews.
public sealed partial class Trial
{
    private static readonly TrialStatus[] Reviewable = [TrialStatus.Running, TrialStatus.Reported];

    /// <summary>
    /// Moves an accepted trial to Running once its start date has come (in UTC). Both copies hold the
    /// agreement, so each starts on its own, from a sweep or from the startup's first step; no message
    /// crosses for it and the two copies cannot disagree on when it started.
    /// </summary>
    public StepResult Start(DateTimeOffset now)
    {
        if (Status is TrialStatus.Running or TrialStatus.Reported or TrialStatus.Verified or TrialStatus.Closed)
            return StepResult.Unchanged;
        var check = CanMove(TrialStatus.Running, TrialStatus.Accepted).Then(() =>
            HasStartDateCome(now) ? StepResult.Ok : StepResult.Conflict($"The trial is Accepted; it becomes Running on {Agreement!.StartDate:yyyy-MM-dd}."));
        if (!check.Succeeded) return check;
        StartedAt = now;
        MoveTo(TrialStatus.Running, now);
        return check;
    }

    public StepResult ReportMeasurement(Actor by, MeasurementInput input, DateTimeOffset now, out Measurement? reported)
    {
        reported = null;
        var check = ByApplicant(by).Then(() => StartIfDue(now)).Then(() => While([TrialStatus.Running], "take measurements"))
            .Then(() => CheckMeasurement(input, now));
        if (!check.Succeeded) return check;
        reported = new Measurement(Guid.NewGuid(), Agreement!.KpiNamed(input.KpiName)!.Name, input, now);
        Measurements.Add(reported);
        UpdatedAt = now;
        return check;
    }

    /// <summary>The host agency confirms or disputes a measurement, once: a disputed value is reported anew.</summary>
    public StepResult ReviewMeasurement(Actor by, Guid measurementId, ReviewState review, string? note, DateTimeOffset now)
    {
        var measurement = Measurements.FirstOrDefault(m => m.Id == measurementId);
        var check = ByHostAgency(by).Then(() => While(Reviewable, "review measurements"))
            .Then(() => measurement is null ? StepResult.Invalid("measurementId", "No such measurement in this trial.") : StepResult.Ok)
            .Then(() => measurement!.Review == ReviewState.Pending ? StepResult.Ok : StepResult.Conflict($"The measurement is already {measurement.Review}."))
            .Then(() => Measurement.CheckReview(review, note));
        if (!check.Succeeded) return check;
        measurement!.Record(review, note, by.AsParty(), now);
        UpdatedAt = now;
        return check;
    }

    public StepResult SubmitFinalReport(Actor by, string summary, DateTimeOffset now)
    {
        var check = ByApplicant(by).Then(() => StartIfDue(now)).Then(() => CanMove(TrialStatus.Reported, TrialStatus.Running))
            .Then(() => Required(summary, "summary", "The final report needs a summary."));
        if (check.Succeeded) SetReported(new FinalReport(by.AsParty(), now, summary));
        return check;
    }

    /// <summary>The host's verdict, given only when every measurement has been reviewed: the certificate lists the confirmed ones.</summary>
    public StepResult Verify(Actor by, VerdictResult result, string findings, DateTimeOffset now)
    {
        var pending = Measurements.Count(m => m.Review == ReviewState.Pending);
        var check = ByHostAgency(by).Then(() => CanMove(TrialStatus.Verified, TrialStatus.Reported))
            .Then(() => pending == 0 ? StepResult.Ok : StepResult.Conflict($"{pending} measurement(s) await review before the verdict."))
            .Then(() => Required(findings, "findings", "The verdict states its findings."));
        if (check.Succeeded) SetVerified(new Verdict(result, findings, by.AsParty(), now));
        return check;
    }

    public StepResult Close(Actor by, DateTimeOffset now)
    {
        var check = ByHostAgency(by).Then(() => CanMove(TrialStatus.Closed, TrialStatus.Verified));
        if (check.Succeeded) SetClosed(now);
        return check;
    }

    /// <summary>What became of the solution after the trial. A later outcome replaces an earlier one (continued, then procured).</summary>
    public StepResult RecordOutcome(Actor by, OutcomeKind kind, DateOnly date, string? note, DateTimeOffset now)
    {
        var check = ByHostAgency(by).Then(() => While([TrialStatus.Closed], "record an outcome"))
            .Then(() => date > DateOnly.FromDateTime(now.UtcDateTime) ? StepResult.Invalid("date", "An outcome is recorded once it has happened.", new(FieldCodes.InFuture)) : StepResult.Ok);
        if (!check.Succeeded) return check;
        Outcome = new Outcome(kind, date, note, by.AsParty(), now);
        UpdatedAt = now;
        return check;
    }

    private bool HasStartDateCome(DateTimeOffset now) =>
        Agreement is not null && DateOnly.FromDateTime(now.UtcDateTime) >= Agreement.StartDate;

    // A step that needs a running trial starts it if its date has come, whether or not a sweep got there first.
    private StepResult StartIfDue(DateTimeOffset now)
    {
        if (Status == TrialStatus.Accepted && HasStartDateCome(now)) Start(now);
        return StepResult.Ok;
    }

    private StepResult CheckMeasurement(MeasurementInput input, DateTimeOffset now) =>
        Agreement!.KpiNamed(input.KpiName) is null ? StepResult.Invalid("kpiName", $"'{input.KpiName}' is not one of the agreed KPIs.")
        : input.MeasuredAt > now ? StepResult.Invalid("measuredAt", "A measurement cannot be from the future.", new(FieldCodes.InFuture))
        : DateOnly.FromDateTime(input.MeasuredAt.UtcDateTime) < Agreement.StartDate ? StepResult.Invalid("measuredAt", "A measurement is taken during the trial.")
        : input.EvidenceLink is not null && !IsWebLink(input.EvidenceLink) ? StepResult.Invalid("evidenceLink", "Evidence is an http(s) link.", new(FieldCodes.InvalidUrl))
        : StepResult.Ok;

    private static bool IsWebLink(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    private void SetReported(FinalReport report)
    {
        FinalReport = report;
        MoveTo(TrialStatus.Reported, report.At);
    }

    private void SetVerified(Verdict verdict)
    {
        Verdict = verdict;
        MoveTo(TrialStatus.Verified, verdict.VerifiedAt);
    }

    private void SetClosed(DateTimeOffset at)
    {
        ClosedAt = at;
        MoveTo(TrialStatus.Closed, at);
    }
}

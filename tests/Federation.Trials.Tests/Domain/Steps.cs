namespace Federation.Trials.Tests.Domain;

/// <summary>A step someone takes on a trial, with valid values, so that only the party or the status can refuse it.</summary>
internal sealed record Step(string Name, TrialSide Side, Actor RightParty, TrialStatus[] LegalFrom, Func<Trial, Actor, StepResult> Take);

internal static class Steps
{
    private static readonly DateTimeOffset Now = Journey.DuringTrial;

    public static readonly Step[] All =
    [
        new("UpdateDraft", TrialSide.Home, Cast.Applicant, [TrialStatus.Draft],
            (t, by) => t.UpdateDraft(by, Journey.Application(durationMonths: 6), TrialRules.Default, Now)),
        new("Submit", TrialSide.Home, Cast.Applicant, [TrialStatus.Draft], (t, by) => t.Submit(by, Now)),
        new("Endorse", TrialSide.Home, Cast.HomeAgency, [TrialStatus.Submitted], (t, by) => t.Endorse(by, Now)),
        new("Decline", TrialSide.Home, Cast.HomeAgency, [TrialStatus.Submitted], (t, by) => t.Decline(by, "Out of scope", Now)),
        new("Withdraw", TrialSide.Home, Cast.Applicant,
            [TrialStatus.Draft, TrialStatus.Submitted, TrialStatus.Endorsed, TrialStatus.Screening], (t, by) => t.Withdraw(by, Now)),
        // Accepted counts: the start date has come by Now, so the step starts the trial itself.
        new("ReportMeasurement", TrialSide.Home, Cast.Applicant, [TrialStatus.Accepted, TrialStatus.Running],
            (t, by) => t.ReportMeasurement(by, new MeasurementInput(Journey.WaitingTime.Name, 9m, Now.AddHours(-1)), Now, out _)),
        new("SubmitFinalReport", TrialSide.Home, Cast.Applicant, [TrialStatus.Accepted, TrialStatus.Running],
            (t, by) => t.SubmitFinalReport(by, "Done", Now)),
        new("Accept", TrialSide.Host, Cast.HostAgency, [TrialStatus.Screening],
            (t, by) => t.Accept(by, Journey.Agreement(), TrialRules.Default, Now)),
        new("Reject", TrialSide.Host, Cast.HostAgency, [TrialStatus.Screening], (t, by) => t.Reject(by, "No site", Now)),
        new("ReviewMeasurement", TrialSide.Host, Cast.HostAgency, [TrialStatus.Running, TrialStatus.Reported],
            (t, by) => t.ReviewMeasurement(by, PendingOrAny(t), ReviewState.Disputed, "Sensor offline that day", Now)),
        // The host reviews what is left before its verdict, as it would.
        new("Verify", TrialSide.Host, Cast.HostAgency, [TrialStatus.Reported],
            (t, by) => { ReviewAll(t, by); return t.Verify(by, VerdictResult.Failed, "Riders did not grow", Now); }),
        new("Close", TrialSide.Host, Cast.HostAgency, [TrialStatus.Verified], (t, by) => t.Close(by, Now)),
        new("RecordOutcome", TrialSide.Host, Cast.HostAgency, [TrialStatus.Closed],
            (t, by) => t.RecordOutcome(by, OutcomeKind.Procured, DateOnly.FromDateTime(Now.UtcDateTime), null, Now)),
    ];

    public static Step Named(string name) => All.Single(s => s.Name == name);

    public static Trial CopyAt(Step step, TrialStatus status) =>
        step.Side == TrialSide.Home ? Journey.HomeAt(status) : Journey.HostAt(status);

    private static Guid PendingOrAny(Trial t) =>
        t.Measurements.FirstOrDefault(m => m.Review == ReviewState.Pending)?.Id ?? Guid.NewGuid();

    private static void ReviewAll(Trial t, Actor by)
    {
        foreach (var m in t.Measurements.Where(m => m.Review == ReviewState.Pending).ToList())
            t.ReviewMeasurement(by, m.Id, ReviewState.Confirmed, null, Now);
    }
}

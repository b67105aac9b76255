using Federation.Contracts.Trials;
using Federation.ServiceDefaults.Outbox;
using Federation.Trials.Features.Running;

namespace Federation.Trials.Features.Replication;

/// <summary>
/// What each side tells the other after its own steps, queued in the outbox with the change. Targeted
/// messages go to the other party only; nothing here reaches a third city.
/// </summary>
public static class TrialMessages
{
    public static void SendEndorsed(this IFederatedDbContext db, Trial t) => db.Send(t.HostCity,
        new TrialApplicationEndorsed(t.Id, t.HomeCity, t.HostCity, new TrialApplication(t.Applicant.Organisation, t.SolutionId,
            t.SolutionTitle, t.ChallengeId, t.Goals, t.RequestedSite, [.. t.ProposedKpis.Select(k => k.ToContract())],
            t.DurationMonths, t.CostShare, t.SubmittedAt!.Value, t.Endorsement!.ToContract())));

    /// <summary>Only an application the host has heard of needs withdrawing there.</summary>
    public static void SendWithdrawnIfSent(this IFederatedDbContext db, Trial t)
    {
        if (t.Endorsement is null) return;
        db.Send(t.HostCity, new TrialApplicationWithdrawn(t.Id, t.HomeCity, t.HostCity, t.Withdrawal!.Reason, t.Withdrawal.At));
    }

    public static void SendScreeningStarted(this IFederatedDbContext db, Trial t, DateTimeOffset at) =>
        db.Send(t.HomeCity, new TrialScreeningStarted(t.Id, t.HomeCity, t.HostCity, at, t.ScreeningDeadline!.Value));

    public static void SendAccepted(this IFederatedDbContext db, Trial t) =>
        db.Send(t.HomeCity, new TrialAccepted(t.Id, t.HomeCity, t.HostCity, t.Agreement!.ToContract(t.AcceptedAt!.Value)));

    public static void SendRejected(this IFederatedDbContext db, Trial t) =>
        db.Send(t.HomeCity, new TrialRejected(t.Id, t.HomeCity, t.HostCity, t.Rejection!.Reason, t.Rejection.At));

    public static void SendMeasurement(this IFederatedDbContext db, Trial t, Measurement m) =>
        db.Send(t.HostCity, new MeasurementReported(t.Id, t.HomeCity, t.HostCity, m.Id, m.KpiName, m.Value, m.MeasuredAt,
            m.EvidenceLink, m.ReportedAt));

    public static void SendReview(this IFederatedDbContext db, Trial t, Guid measurementId)
    {
        var m = t.Measurements.Single(x => x.Id == measurementId);
        db.Send(t.HomeCity, new MeasurementReviewed(t.Id, t.HomeCity, t.HostCity, m.Id, m.Review == ReviewState.Confirmed,
            m.ReviewNote, m.ReviewedAt!.Value));
    }

    public static void SendFinalReport(this IFederatedDbContext db, Trial t) =>
        db.Send(t.HostCity, new TrialFinalReportSubmitted(t.Id, t.HomeCity, t.HostCity, t.FinalReport!.Summary, t.FinalReport.At));

    public static void PublishVerified(this IFederatedDbContext db, Trial t, SignedCertificate certificate) =>
        db.Publish(new TrialVerified(t.Id, t.HomeCity, t.HostCity, certificate));

    public static void SendClosed(this IFederatedDbContext db, Trial t) =>
        db.Send(t.HomeCity, new TrialClosed(t.Id, t.HomeCity, t.HostCity, t.ClosedAt!.Value));

    public static void PublishOutcome(this IFederatedDbContext db, Trial t) =>
        db.Publish(new TrialOutcomeRecorded(t.Id, t.HomeCity, t.HostCity, t.SolutionId, t.Outcome!.ToContract()));
}

using Federation.Contracts.Trials;
using Federation.Trials.Features.Hosting;
using Federation.Trials.Features.Running;
using C = Federation.Contracts.Trials;

namespace Federation.Trials.Common;

/// <summary>A trial as the API shows it: contract records, never the stored aggregate.</summary>
public static class TrialViews
{
    public static string Word<T>(this T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    public static TrialResponse ToResponse(this Trial t, DateTimeOffset now, SignedCertificate? certificate) => new(
        t.Id, t.HomeCity, t.HostCity, t.Applicant.Organisation, t.SolutionId, t.SolutionTitle, t.ChallengeId, t.Goals,
        t.RequestedSite, [.. t.ProposedKpis.Select(ToContract)], [.. t.Progress().Select(ToContract)], t.DurationMonths,
        t.CostShare, t.Status.Word(), t.IsScreeningOverdue(now), t.ScreeningDeadline, t.Endorsement?.ToContract(),
        t.Agreement is { } a ? a.ToContract(t.AcceptedAt!.Value) : null,
        [.. t.Measurements.Select(ToContract)],
        t.FinalReport is { } r ? new TrialFinalReport(r.Summary, r.At) : null,
        t.Verdict is { } v ? new TrialVerdict(v.Result.Word(), v.Findings, v.VerifiedAt) : null,
        certificate,
        t.Outcome?.ToContract(),
        t.Declination?.Reason ?? t.Rejection?.Reason ?? t.Withdrawal?.Reason,
        t.CreatedAt, t.SubmittedAt, t.ClosedAt, t.UpdatedAt);

    public static TrialSummary ToSummary(this Trial t, DateTimeOffset now) => new(
        t.Id, t.HomeCity, t.HostCity, t.Applicant.Organisation, t.SolutionId, t.SolutionTitle, t.Status.Word(),
        t.IsScreeningOverdue(now), t.ScreeningDeadline, t.UpdatedAt);

    public static C.Kpi ToContract(this Kpi k) => new(k.Name, k.Unit, k.Baseline, k.Target, k.Iso37122Indicator);

    public static Kpi FromContract(this C.Kpi k) => new(k.Name, k.Unit, k.Baseline, k.Target, k.Iso37122);

    public static TrialEndorsement ToContract(this Endorsement e) => new(e.By.Organisation, e.Note, e.At);

    public static TrialAgreement ToContract(this Agreement a, DateTimeOffset acceptedAt) =>
        new(a.HostAgency, a.Site, a.StartDate, a.EndDate, [.. a.Kpis.Select(ToContract)], a.CostShare, acceptedAt);

    public static Agreement FromContract(this TrialAgreement a) =>
        new(a.HostAgency, a.Site, a.StartDate, a.EndDate, [.. a.Kpis.Select(FromContract)], a.CostSharePercent);

    public static TrialOutcome ToContract(this Outcome o) => new(o.Kind.Word(), o.Date, o.Note, o.RecordedAt);

    private static C.KpiProgress ToContract(Features.Running.KpiProgress p) => new(p.Kpi.ToContract(), p.Latest?.Value,
        p.Latest?.MeasuredAt, p.RawFraction is { } raw ? Math.Round(raw * 100m, 1) : null);

    private static TrialMeasurement ToContract(Measurement m) => new(m.Id, m.KpiName, m.Value, m.MeasuredAt,
        m.EvidenceLink, m.ReportedAt, m.Review.Word(), m.ReviewNote, m.ReviewedAt);
}

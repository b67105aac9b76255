namespace Federation.Contracts.Trials;

/// <summary>A key performance indicator as proposed or agreed.</summary>
/// <param name="Iso37122">The ISO 37122 (smart cities) indicator it measures, if any, such as "10.3".</param>
public record KpiRequest(string? Name, string? Unit, decimal? Baseline, decimal? Target, string? Iso37122);

/// <summary>
/// Body of POST /api/trials: a startup of this city applies, through its home city, for a trial of one
/// of its own listed solutions in <paramref name="HostCity"/>, optionally answering one of its challenges.
/// </summary>
public record ApplyForTrialRequest(
    string? HostCity,
    Guid? SolutionId,
    Guid? ChallengeId,
    string? Goals,
    string? RequestedSite,
    IReadOnlyList<KpiRequest>? Kpis,
    int? DurationMonths,
    decimal? CostSharePercent);

/// <summary>Body of POST /api/trials/{id}/endorse: the home city's agency sends the application to the host.</summary>
public record EndorseRequest(string? Note);

/// <summary>Body of POST /api/trials/{id}/decline: the home city's agency does not send the application.</summary>
public record DeclineRequest(string? Reason);

/// <summary>Body of POST /api/trials/{id}/accept: the agreement the host city signs after its working meeting.</summary>
public record AcceptRequest(
    string? HostAgency,
    string? Site,
    DateOnly? StartDate,
    DateOnly? EndDate,
    IReadOnlyList<KpiRequest>? Kpis,
    decimal? CostSharePercent);

/// <summary>Body of POST /api/trials/{id}/reject: the host city's screening says no.</summary>
public record RejectRequest(string? Reason);

/// <summary>Body of POST /api/trials/{id}/withdraw: the applicant gives up before acceptance.</summary>
public record WithdrawRequest(string? Reason);

/// <summary>Body of POST /api/trials/{id}/measurements: the startup reports one value of an agreed KPI.</summary>
/// <param name="Kpi">The agreed KPI's name.</param>
/// <param name="EvidenceUrl">Absolute http(s) address of the evidence, optional.</param>
public record ReportMeasurementRequest(string? Kpi, decimal? Value, DateTimeOffset? MeasuredAt, string? EvidenceUrl);

/// <summary>Body of POST /api/trials/{id}/measurements/{measurementId}/review: the host confirms or disputes.</summary>
public record ReviewMeasurementRequest(bool? Confirmed, string? Note);

/// <summary>Body of POST /api/trials/{id}/report: the startup's final report, which ends the running trial.</summary>
public record FinalReportRequest(string? Summary);

/// <summary>Body of POST /api/trials/{id}/verify: the host agency's verdict, which the host node signs.</summary>
public record VerifyRequest(bool? Passed, string? Findings);

/// <summary>Body of POST /api/trials/{id}/outcome: what the host city did after the trial.</summary>
/// <param name="Outcome">One of <see cref="TrialVocabulary.Outcomes"/>.</param>
public record RecordOutcomeRequest(string? Outcome, DateOnly? Date, string? Note);

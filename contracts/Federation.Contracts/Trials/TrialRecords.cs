namespace Federation.Contracts.Trials;

/// <summary>A key performance indicator as proposed by the applicant or agreed with the host.</summary>
/// <param name="Iso37122">The ISO 37122 (smart cities) indicator it measures, if any.</param>
public record Kpi(string Name, string Unit, decimal Baseline, decimal Target, string? Iso37122);

/// <summary>An agreed KPI and how far the trial has come towards its target.</summary>
/// <param name="Latest">The latest confirmed measurement, if any.</param>
/// <param name="ProgressPercent">
/// (latest - baseline) / (target - baseline) x 100: 100 reaches the target, whichever way it lies from
/// the baseline; null before a confirmed measurement or when target equals baseline.
/// </param>
public record KpiProgress(Kpi Kpi, decimal? Latest, DateTimeOffset? LatestMeasuredAt, decimal? ProgressPercent);

/// <summary>What the applicant's home city agency said when it sent the application.</summary>
public record TrialEndorsement(string Agency, string? Note, DateTimeOffset EndorsedAt);

/// <summary>The agreement host and applicant reached after screening: the trial's scope.</summary>
public record TrialAgreement(
    string HostAgency,
    string Site,
    DateOnly StartDate,
    DateOnly EndDate,
    IReadOnlyList<Kpi> Kpis,
    decimal CostSharePercent,
    DateTimeOffset AcceptedAt);

/// <summary>One reported value of an agreed KPI and the host agency's review of it.</summary>
/// <param name="Review">One of <see cref="TrialVocabulary.ReviewStates"/>.</param>
public record TrialMeasurement(
    Guid Id,
    string Kpi,
    decimal Value,
    DateTimeOffset MeasuredAt,
    string? EvidenceUrl,
    DateTimeOffset ReportedAt,
    string Review,
    string? ReviewNote,
    DateTimeOffset? ReviewedAt);

/// <summary>The startup's final report.</summary>
public record TrialFinalReport(string Summary, DateTimeOffset SubmittedAt);

/// <summary>The host agency's verdict.</summary>
/// <param name="Verdict">One of <see cref="TrialVocabulary.Verdicts"/>.</param>
public record TrialVerdict(string Verdict, string Findings, DateTimeOffset VerifiedAt);

/// <summary>What the host city did after the trial.</summary>
/// <param name="Outcome">One of <see cref="TrialVocabulary.Outcomes"/>.</param>
/// <param name="Date">When it happened (a contract signed, a service continued or stopped).</param>
public record TrialOutcome(string Outcome, DateOnly Date, string? Note, DateTimeOffset RecordedAt);

/// <summary>
/// What the home city sends the host when it endorses: the whole application, so that the host's copy
/// of the trial needs nothing else.
/// </summary>
/// <param name="SolutionTitle">The listing's title in every language it has, keyed by BCP 47 tag.</param>
public record TrialApplication(
    string ApplicantOrganisation,
    Guid SolutionId,
    IReadOnlyDictionary<string, string> SolutionTitle,
    Guid? ChallengeId,
    string Goals,
    string RequestedSite,
    IReadOnlyList<Kpi> Kpis,
    int DurationMonths,
    decimal CostSharePercent,
    DateTimeOffset SubmittedAt,
    TrialEndorsement Endorsement);

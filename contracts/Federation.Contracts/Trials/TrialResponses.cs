namespace Federation.Contracts.Trials;

/// <summary>
/// A trial as either party's node serves it: the home city's copy and the host city's copy agree once
/// the targeted messages between them have arrived. Identity is <paramref name="Id"/>, the same in both.
/// </summary>
/// <param name="HomeCity">The applicant's city, which endorsed the application.</param>
/// <param name="HostCity">The city where the trial runs, which decides and verifies.</param>
/// <param name="ProposedKpis">The KPIs as the applicant proposed them.</param>
/// <param name="Kpis">The agreed KPIs with progress; empty before acceptance.</param>
/// <param name="Status">One of <see cref="TrialVocabulary.Statuses"/>.</param>
/// <param name="Overdue">Screening has passed its deadline without a decision.</param>
/// <param name="Reason">Why the trial ended early: the decline, rejection or withdrawal reason.</param>
public record TrialResponse(
    Guid Id,
    string HomeCity,
    string HostCity,
    string ApplicantOrganisation,
    Guid SolutionId,
    IReadOnlyDictionary<string, string> SolutionTitle,
    Guid? ChallengeId,
    string Goals,
    string RequestedSite,
    IReadOnlyList<Kpi> ProposedKpis,
    IReadOnlyList<KpiProgress> Kpis,
    int DurationMonths,
    decimal CostSharePercent,
    string Status,
    bool Overdue,
    DateTimeOffset? ScreeningDeadline,
    TrialEndorsement? Endorsement,
    TrialAgreement? Agreement,
    IReadOnlyList<TrialMeasurement> Measurements,
    TrialFinalReport? FinalReport,
    TrialVerdict? Verdict,
    SignedCertificate? Certificate,
    TrialOutcome? Outcome,
    string? Reason,
    DateTimeOffset CreatedAt,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset UpdatedAt);

/// <summary>One line of a list of trials (the startup's, an agency's to endorse, incoming, running).</summary>
public record TrialSummary(
    Guid Id,
    string HomeCity,
    string HostCity,
    string ApplicantOrganisation,
    Guid SolutionId,
    IReadOnlyDictionary<string, string> SolutionTitle,
    string Status,
    bool Overdue,
    DateTimeOffset? ScreeningDeadline,
    DateTimeOffset UpdatedAt);

/// <summary>
/// A verified result in the public list of every city: what the broadcast <see cref="TrialVerified"/>
/// and <see cref="TrialOutcomeRecorded"/> told it.
/// </summary>
/// <param name="Verdict">One of <see cref="TrialVocabulary.Verdicts"/>.</param>
public record VerifiedTrialResponse(
    Guid TrialId,
    string HomeCity,
    string HostCity,
    string ApplicantOrganisation,
    Guid SolutionId,
    IReadOnlyDictionary<string, string> SolutionTitle,
    string HostAgency,
    string Verdict,
    IReadOnlyList<KpiAchieved> Kpis,
    DateTimeOffset VerifiedAt,
    Guid CertificateId,
    TrialOutcome? Outcome);

using Federation.Contracts.Messaging;

namespace Federation.Contracts.Trials;

// Home and host keep their own copy of a trial. Every message names both cities; a targeted one goes to
// the other party only (the sender addresses it to HostCity or HomeCity), so no third city learns of an
// application. Only the verified result and the outcome after it are broadcast.

/// <summary>Targeted, home to host: the home city's agency endorsed the application, sent whole.</summary>
[Targeted]
public record TrialApplicationEndorsed(Guid TrialId, string HomeCity, string HostCity, TrialApplication Application);

/// <summary>Targeted, home to host: the applicant withdrew its endorsed application before acceptance.</summary>
[Targeted]
public record TrialApplicationWithdrawn(Guid TrialId, string HomeCity, string HostCity, string? Reason, DateTimeOffset WithdrawnAt);

/// <summary>Targeted, host to home: the host city started screening; it should decide by the deadline.</summary>
[Targeted]
public record TrialScreeningStarted(Guid TrialId, string HomeCity, string HostCity, DateTimeOffset StartedAt, DateTimeOffset Deadline);

/// <summary>Targeted, host to home: the host city accepted the application on this agreement.</summary>
[Targeted]
public record TrialAccepted(Guid TrialId, string HomeCity, string HostCity, TrialAgreement Agreement);

/// <summary>Targeted, host to home: the host city rejected the application.</summary>
[Targeted]
public record TrialRejected(Guid TrialId, string HomeCity, string HostCity, string Reason, DateTimeOffset RejectedAt);

/// <summary>Targeted, home to host: the startup reported a measurement of an agreed KPI.</summary>
[Targeted]
public record MeasurementReported(
    Guid TrialId,
    string HomeCity,
    string HostCity,
    Guid MeasurementId,
    string Kpi,
    decimal Value,
    DateTimeOffset MeasuredAt,
    string? EvidenceUrl,
    DateTimeOffset ReportedAt);

/// <summary>Targeted, host to home: the host agency confirmed or disputed a measurement.</summary>
[Targeted]
public record MeasurementReviewed(
    Guid TrialId,
    string HomeCity,
    string HostCity,
    Guid MeasurementId,
    bool Confirmed,
    string? Note,
    DateTimeOffset ReviewedAt);

/// <summary>Targeted, home to host: the startup submitted its final report; the trial awaits the verdict.</summary>
[Targeted]
public record TrialFinalReportSubmitted(Guid TrialId, string HomeCity, string HostCity, string Summary, DateTimeOffset SubmittedAt);

/// <summary>
/// Broadcast by the host: the host agency verified the trial. The signed certificate carries the
/// solution, the verdict and the KPI results, so every city's catalogue can show the solution as
/// verified in <paramref name="HostCity"/>, and any city can check the signature against the member list.
/// </summary>
public record TrialVerified(Guid TrialId, string HomeCity, string HostCity, SignedCertificate Certificate);

/// <summary>Targeted, host to home: the host closed the trial after its verdict.</summary>
[Targeted]
public record TrialClosed(Guid TrialId, string HomeCity, string HostCity, DateTimeOffset ClosedAt);

/// <summary>
/// Broadcast by the host: what it did after the trial. Whether trials lead to purchases is part of the
/// public record, beside the verified result of <paramref name="SolutionId"/>.
/// </summary>
public record TrialOutcomeRecorded(Guid TrialId, string HomeCity, string HostCity, Guid SolutionId, TrialOutcome Outcome);

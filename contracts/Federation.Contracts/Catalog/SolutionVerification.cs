using Federation.Contracts.Trials;

namespace Federation.Contracts.Catalog;

/// <summary>
/// A verified inter-city trial of a solution, as every city's catalogue shows it: where it was
/// verified, the verdict and the KPI results, and what the host city did afterwards.
/// </summary>
/// <param name="HostCity">The city where the trial ran and which signed the verdict.</param>
/// <param name="Verdict">passed or failed.</param>
/// <param name="Outcome">procured, continued or stopped, once the host records it.</param>
public record SolutionVerification(
    Guid TrialId,
    string HostCity,
    string Verdict,
    DateTimeOffset VerifiedAt,
    IReadOnlyList<KpiAchieved> Kpis,
    Guid CertificateId,
    string? Outcome,
    DateOnly? OutcomeDate);

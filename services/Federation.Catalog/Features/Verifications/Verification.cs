using Federation.Contracts.Trials;

namespace Federation.Catalog.Features.Verifications;

/// <summary>
/// What the host city of a trial broadcast about one solution: its signed verdict and, later, the
/// outcome. Kept apart from the listing, which only its owner changes; either may arrive first.
/// </summary>
public sealed class Verification
{
    public Guid TrialId { get; private set; }
    public string SolutionCity { get; private set; } = "";
    public Guid SolutionId { get; private set; }
    public string HostCity { get; private set; } = "";
    public string? Verdict { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public List<KpiAchieved> Kpis { get; private set; } = [];
    public Guid? CertificateId { get; private set; }
    public string? Outcome { get; private set; }
    public DateOnly? OutcomeDate { get; private set; }

    public static Verification For(Guid trialId, string solutionCity, Guid solutionId, string hostCity) =>
        new() { TrialId = trialId, SolutionCity = solutionCity, SolutionId = solutionId, HostCity = hostCity };

    public void Verified(CertificateOfDemonstration certificate) =>
        (Verdict, VerifiedAt, Kpis, CertificateId) = (certificate.Verdict, certificate.VerifiedAt, [.. certificate.Kpis], certificate.CertificateId);

    /// <summary>A later outcome replaces an earlier one (continued, then procured).</summary>
    public void Followed(TrialOutcome outcome)
    {
        if (OutcomeDate is { } known && outcome.Date < known) return;
        (Outcome, OutcomeDate) = (outcome.Outcome, outcome.Date);
    }

    /// <summary>Only a verified trial shows; an outcome that overtook its verdict waits for it.</summary>
    public SolutionVerification? ToResponse() => Verdict is null || VerifiedAt is null || CertificateId is null
        ? null
        : new SolutionVerification(TrialId, HostCity, Verdict, VerifiedAt.Value, Kpis, CertificateId.Value, Outcome, OutcomeDate);
}

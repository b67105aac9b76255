using Federation.Contracts.Trials;

namespace Federation.Trials.Features.Verified;

/// <summary>
/// A trial's public result as its host city broadcast it: the signed certificate and, later, the
/// outcome. Every city keeps one per verified trial, whether or not it took part.
/// </summary>
public sealed class VerifiedTrial
{
    public Guid TrialId { get; private set; }
    public string HomeCity { get; private set; } = "";
    public string HostCity { get; private set; } = "";
    public Guid SolutionId { get; private set; }
    /// <summary>Null while only the outcome has arrived: the two broadcasts travel apart.</summary>
    public SignedCertificate? Certificate { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public TrialOutcome? Outcome { get; private set; }
    public DateTimeOffset? OutcomeRecordedAt { get; private set; }

    public static VerifiedTrial For(Guid trialId, string homeCity, string hostCity, Guid solutionId) =>
        new() { TrialId = trialId, HomeCity = homeCity, HostCity = hostCity, SolutionId = solutionId };

    /// <summary>The first certificate of a trial stands: a host signs one verdict per trial.</summary>
    public bool Verified(SignedCertificate certificate)
    {
        if (Certificate is not null) return false;
        (Certificate, VerifiedAt) = (certificate, certificate.Certificate.VerifiedAt);
        return true;
    }

    /// <summary>A later outcome replaces an earlier one (continued, then procured); an older one arriving late is dropped.</summary>
    public bool Followed(TrialOutcome outcome)
    {
        if (OutcomeRecordedAt is { } known && outcome.RecordedAt <= known) return false;
        (Outcome, OutcomeRecordedAt) = (outcome, outcome.RecordedAt);
        return true;
    }

    public VerifiedTrialResponse? ToResponse()
    {
        if (Certificate is not { } signed) return null;
        var c = signed.Certificate;
        return new VerifiedTrialResponse(TrialId, HomeCity, HostCity, c.ApplicantOrganisation, SolutionId, c.SolutionTitle,
            c.HostAgency, c.Verdict, c.Kpis, c.VerifiedAt, c.CertificateId, Outcome);
    }
}

using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using Federation.Contracts.Trials;

namespace Federation.Trials.Features.Verified;

/// <summary>
/// A trial's public result as its host city broadcast it: the signed certificate and, later, the
/// outcome. Every city keeps one per verified trial, whether or not it took part.
/// </summary>
public sealed class VerifiedTrial
{
    // Kept readable: a downloaded certificate shows its Chinese and Korean titles as written.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public Guid TrialId { get; private set; }
    public string HomeCity { get; private set; } = "";
    public string HostCity { get; private set; } = "";
    public Guid SolutionId { get; private set; }
    /// <summary>Null while only the outcome has arrived: the two broadcasts travel apart.</summary>
    public string? CertificateJson { get; private set; }
    public DateTimeOffset? VerifiedAt { get; private set; }
    public string? OutcomeJson { get; private set; }
    public DateTimeOffset? OutcomeRecordedAt { get; private set; }

    public static VerifiedTrial For(Guid trialId, string homeCity, string hostCity, Guid solutionId) =>
        new() { TrialId = trialId, HomeCity = homeCity, HostCity = hostCity, SolutionId = solutionId };

    public SignedCertificate? Certificate => CertificateJson is null ? null : JsonSerializer.Deserialize<SignedCertificate>(CertificateJson, Json);

    public TrialOutcome? Outcome => OutcomeJson is null ? null : JsonSerializer.Deserialize<TrialOutcome>(OutcomeJson, Json);

    /// <summary>The first certificate of a trial stands: a host signs one verdict per trial.</summary>
    public bool Verified(SignedCertificate certificate)
    {
        if (CertificateJson is not null) return false;
        (CertificateJson, VerifiedAt) = (JsonSerializer.Serialize(certificate, Json), certificate.Certificate.VerifiedAt);
        return true;
    }

    /// <summary>A later outcome replaces an earlier one (continued, then procured); an older one arriving late is dropped.</summary>
    public bool Followed(TrialOutcome outcome)
    {
        if (OutcomeRecordedAt is { } known && outcome.RecordedAt <= known) return false;
        (OutcomeJson, OutcomeRecordedAt) = (JsonSerializer.Serialize(outcome, Json), outcome.RecordedAt);
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

namespace Federation.Contracts.Trials;

/// <summary>
/// The host city's certificate that a solution was demonstrated in a verification trial. The host node
/// signs it; its signed bytes are <c>federation-certificate-v1\n</c> followed by the certificate as JSON
/// (web defaults, nulls left out, language maps in ordinal key order, times in UTC, decimals without
/// trailing zeros), so that a certificate keeps its signature through any JSON round trip.
/// </summary>
/// <param name="SolutionTitle">The listing's title in every language it has, keyed by BCP 47 tag.</param>
/// <param name="HomeCity">The applicant's city.</param>
/// <param name="HostCity">The city that hosted the trial, gave the verdict and signs the certificate.</param>
/// <param name="Verdict">One of <see cref="TrialVocabulary.Verdicts"/>.</param>
public record CertificateOfDemonstration(
    Guid CertificateId,
    Guid TrialId,
    Guid SolutionId,
    IReadOnlyDictionary<string, string> SolutionTitle,
    string HomeCity,
    string HostCity,
    string ApplicantOrganisation,
    string HostAgency,
    string Site,
    TrialPeriod Period,
    IReadOnlyList<KpiAchieved> Kpis,
    string Verdict,
    string Findings,
    DateTimeOffset VerifiedAt);

/// <summary>The agreed dates of a trial, both inclusive.</summary>
public record TrialPeriod(DateOnly Start, DateOnly End);

/// <summary>An agreed KPI and the value the trial achieved.</summary>
/// <param name="Achieved">The latest measurement the certificate counts; null when none was reported.</param>
/// <param name="Confirmed">The host agency confirmed the achieved value.</param>
public record KpiAchieved(string Name, string Unit, decimal Baseline, decimal Target, decimal? Achieved, bool Confirmed);

/// <summary>A certificate with its host node's signature: what a node serves, broadcasts and verifies.</summary>
/// <param name="SignerCity">The member city whose node key signed; must be the certificate's host city.</param>
/// <param name="Signature">Base64 ECDSA P-256 SHA-256 signature (IEEE P1363) over the certificate's signed bytes.</param>
/// <param name="KeyFingerprint">
/// The first 16 bytes of the SHA-256 of the signer's public key (SubjectPublicKeyInfo DER), in upper-case
/// hex grouped by two bytes: <c>AB12 CD34 ...</c>. Compare it with the one printed on the certificate.
/// </param>
public record SignedCertificate(CertificateOfDemonstration Certificate, string SignerCity, string Signature, string KeyFingerprint);

/// <summary>Body of the answer of POST /api/trials/certificates/verify, at any node.</summary>
/// <param name="Valid">The signature verifies with the signer city's key from the member list.</param>
/// <param name="Reason">Why it is not valid; null when valid.</param>
public record VerifyCertificateResponse(bool Valid, string SignerCity, string KeyFingerprint, string? Reason);

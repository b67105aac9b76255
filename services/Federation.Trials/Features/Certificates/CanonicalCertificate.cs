using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Federation.Contracts.Trials;

namespace Federation.Trials.Features.Certificates;

/// <summary>
/// The bytes a certificate's signature covers: <c>federation-certificate-v1\n</c> and the certificate as
/// web-default JSON. A certificate travels as JSON (downloaded, re-uploaded, broadcast, stored), so the
/// form leaves out what a trip may change without changing the certificate: a language map's key order,
/// a time's offset, a decimal's trailing zeros. Nulls are left out so that an optional field added to
/// the contract later does not break the signatures of the certificates issued before it.
/// </summary>
public static class CanonicalCertificate
{
    public const string Version = "federation-certificate-v1";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static byte[] Bytes(CertificateOfDemonstration certificate) =>
        Encoding.UTF8.GetBytes(Version + "\n" + Text(certificate));

    /// <summary>The JSON part alone, for tests and for reading what was signed.</summary>
    public static string Text(CertificateOfDemonstration certificate) => JsonSerializer.Serialize(Normalize(certificate), Json);

    // Uploaded certificates may hold nulls where the contract says none: they serialize as absent, never throw.
    private static CertificateOfDemonstration Normalize(CertificateOfDemonstration c) => c with
    {
        SolutionTitle = c.SolutionTitle is null ? null! : new SortedDictionary<string, string>(
            c.SolutionTitle.ToDictionary(), StringComparer.Ordinal),
        Kpis = c.Kpis is null ? null! : [.. c.Kpis.Select(Normalize)],
        VerifiedAt = c.VerifiedAt.ToUniversalTime(),
    };

    private static KpiAchieved Normalize(KpiAchieved k) => k is null ? null! : k with
    {
        Baseline = Trim(k.Baseline),
        Target = Trim(k.Target),
        Achieved = k.Achieved is { } achieved ? Trim(achieved) : null,
    };

    // Dividing by 1 with 28 decimal places gives the smallest scale that holds the value: 12.50 becomes 12.5.
    private static decimal Trim(decimal value) => value / 1.0000000000000000000000000000m;
}

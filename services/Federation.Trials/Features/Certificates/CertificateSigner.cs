using System.Security.Cryptography;
using Federation.Contracts.Trials;

namespace Federation.Trials.Features.Certificates;

/// <summary>Signs the host city's certificates of demonstration with its node key, the key that signs its messages.</summary>
public sealed class CertificateSigner(ECDsa key, string city) : IDisposable
{
    private readonly string _fingerprint = KeyFingerprint.Of(key);

    public string City => city;

    public string Fingerprint => _fingerprint;

    public SignedCertificate Sign(CertificateOfDemonstration certificate)
    {
        // Only the host city gives a verdict on a trial; verifiers reject any other signer.
        if (certificate.HostCity != city)
            throw new ArgumentException(
                $"{city} cannot sign a certificate of a trial hosted by {certificate.HostCity}", nameof(certificate));
        var bytes = CanonicalCertificate.Bytes(certificate);
        byte[] signature;
        // .NET does not promise that one ECDsa instance may sign on several threads at once.
        lock (key) signature = key.SignData(bytes, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new SignedCertificate(certificate, city, Convert.ToBase64String(signature), _fingerprint);
    }

    public void Dispose() => key.Dispose();

    /// <summary>
    /// The node's signer, from the key file its messages are signed with (<c>Federation:SigningKeyFile</c>),
    /// which must be the key the member list holds for the city.
    /// </summary>
    public static CertificateSigner ForNode(string signingKeyFile, Member member)
    {
        var key = NodeSigningKey.LoadOrCreate(signingKeyFile);
        if (member.PublicKey == NodeSigningKey.PublicKeyOf(key)) return new CertificateSigner(key, member.Id);
        key.Dispose();
        throw new InvalidOperationException(
            $"The signing key {signingKeyFile} is not the key the member list holds for city '{member.Id}': " +
            "no other city could verify its certificates.");
    }
}

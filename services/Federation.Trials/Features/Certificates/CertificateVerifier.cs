using System.Security.Cryptography;
using Federation.Contracts.Trials;

namespace Federation.Trials.Features.Certificates;

/// <summary>
/// Checks a certificate at any node: signed by its host city's node key, as the member list holds it,
/// over exactly these contents.
/// </summary>
public sealed class CertificateVerifier(MemberList members)
{
    // The certificate arrives as JSON from anyone: every field the contract calls required may be null.
    public VerifyCertificateResponse Verify(SignedCertificate? signed)
    {
        var signer = signed?.SignerCity ?? "";
        var fingerprint = signed?.KeyFingerprint ?? "";
        VerifyCertificateResponse Invalid(string reason) => new(false, signer, fingerprint, reason);

        if (signed?.Certificate is not { } certificate) return Invalid("there is no certificate to verify");
        if (!members.Contains(signer)) return Invalid($"the signer city '{signer}' is not a member of the federation");
        if (certificate.HostCity != signer)
            return Invalid($"signed by {signer}, but the trial's host city is '{certificate.HostCity}': only the host city verifies a trial");
        if (members.Get(signer).PublicKey is not { } publicKey)
            return Invalid($"the member list holds no signing key for {signer}");

        ECDsa key;
        try { key = NodeSigningKey.FromPublicKey(publicKey); }
        catch (InvalidDataException e) { return Invalid($"the member list's key for {signer} is unusable: {e.Message}"); }
        using (key)
        {
            var expected = KeyFingerprint.Of(key);
            if (fingerprint != expected)
                return Invalid($"the key fingerprint is not that of {signer}'s key ({expected})");
            var signature = new byte[key.KeySize / 4];
            if (signed.Signature is null || !Convert.TryFromBase64String(signed.Signature, signature, out var length) ||
                length != signature.Length)
                return Invalid("the signature is not a base64 ECDSA P-256 signature");
            var bytes = CanonicalCertificate.Bytes(certificate);
            if (!key.VerifyData(bytes, signature, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
                return Invalid($"the signature does not verify with {signer}'s key: the certificate was altered or signed with another key");
        }
        return new VerifyCertificateResponse(true, signer, fingerprint, null);
    }
}

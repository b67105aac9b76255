using System.Security.Cryptography;

namespace Federation.Trials.Tests.Certificates;

public sealed class KeyFingerprintTests
{
    [Fact]
    public void A_fingerprint_is_the_first_16_bytes_of_the_public_keys_sha256_in_groups_of_two_bytes()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var hash = SHA256.HashData(key.ExportSubjectPublicKeyInfo());

        var fingerprint = KeyFingerprint.Of(key);

        Assert.Matches("^([0-9A-F]{4} ){7}[0-9A-F]{4}$", fingerprint);
        Assert.Equal(Convert.ToHexString(hash)[..32], fingerprint.Replace(" ", ""));
    }

    [Fact]
    public void Two_keys_have_different_fingerprints()
    {
        using var one = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        Assert.NotEqual(KeyFingerprint.Of(one), KeyFingerprint.Of(other));
    }
}
